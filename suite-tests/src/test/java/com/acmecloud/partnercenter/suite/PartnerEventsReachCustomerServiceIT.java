package com.acmecloud.partnercenter.suite;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision taken on partner-service reaches customer-service only as an event: partner-service's outbox relay
 * publishes it on {@code partner.events}, customer-service's consumer projects it, and customer-service decides
 * from the projection. Both services run as separate processes with databases of their own, so nothing but the
 * broker connects them.
 */
class PartnerEventsReachCustomerServiceIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aPartnerRestrictedOnPartnerServiceCannotCreateSubCustomersOnCustomerService() throws Exception {
        String partnerId = registeredPartner();
        createSubCustomer(partnerId).then().statusCode(200).body("domain_id", matchesPattern("[0-9a-f]{32}"));

        setStatus(partnerId, "RESTRICTED").statusCode(200).body("status", equalTo("RESTRICTED"));
        try (TopicReader partnerEvents = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> published = partnerEvents.await(
                    record -> partnerId.equals(record.key()) && record.value().contains("\"partner.status_changed.v1\""),
                    1, PROPAGATION);
            assertThat(published.get(0).value()).contains("\"RESTRICTED\"");
        }
        Response refused = awaitFirstRefusal(partnerId);
        assertCbcError("sub-customer of a partner restricted on partner-service", refused, 400, "CBC.50010085");
        assertThat(PartnerProjectionRow.read(suite.customerDatabase(), partnerId))
                .hasValueSatisfying(row -> assertThat(row.status()).isEqualTo("RESTRICTED"));

        setStatus(partnerId, "ACTIVE").statusCode(200).body("status", equalTo("ACTIVE"));
        Awaitility.await("customer-service accepts the partner again").atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> createSubCustomer(partnerId).statusCode() == 200);
    }

    @Test
    void accessConfigurationSetOnPartnerServiceReachesCustomerServiceProjection() {
        String partnerId = registeredPartner();
        String bucket = "rn-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);

        partner(partnerId).body(Map.of("real_name_attachment_upload", true))
                .put("/v2/partners/{id}/access-configuration/capabilities", partnerId)
                .then().statusCode(200).body("ready_for_real_name_api", equalTo(false));
        partner(partnerId).body(Map.of("bucket_name", bucket, "region", "cn-north-4"))
                .put("/v2/partners/{id}/access-configuration/obs-bucket", partnerId)
                .then().statusCode(200).body("ready_for_real_name_api", equalTo(true));

        PartnerProjectionRow row = PartnerProjectionRow.await(suite.customerDatabase(), partnerId,
                projected -> projected.realNameAttachmentUpload() && bucket.equals(projected.obsBucketName()));
        assertThat(row.obsRegion()).isEqualTo("cn-north-4");
        assertThat(row.registered()).isTrue();

        partner(partnerId).delete("/v2/partners/{id}/access-configuration/obs-bucket", partnerId)
                .then().statusCode(200).body("ready_for_real_name_api", equalTo(false));
        row = PartnerProjectionRow.await(suite.customerDatabase(), partnerId, projected -> projected.obsBucketName() == null);
        assertThat(row.realNameAttachmentUpload()).isTrue();
        assertThat(row.obsRegion()).isNull();
    }

    // --- partner-service and customer-service calls

    private static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        partner(partnerId).body(Map.of(
                        "company_name", "Suite Test Cloud Services Co., Ltd.",
                        "contact_email", "ops-" + partnerId + "@example.com",
                        "contact_phone", "+86-13800000000",
                        "country_code", "CN",
                        "xaccount_id", "x-" + partnerId))
                .post("/v2/partners/registrations")
                .then().statusCode(201);
        return partnerId;
    }

    private static ValidatableResponse setStatus(String partnerId, String status) {
        return suite.partnerService().as(Tokens.operator())
                .body(Map.of("status", status, "reason", "suite test: " + status.toLowerCase()))
                .put("/v2/partners/{id}/status", partnerId).then();
    }

    private static Response createSubCustomer(String partnerId) {
        return suite.customerService().as(Tokens.partner(partnerId))
                .body(Map.of("xaccount_id", "erp-" + UUID.randomUUID(), "xaccount_type", "partner_platform"))
                .post("/v2/partners/sub-customers");
    }

    /** Creates sub-customers until customer-service refuses one: the event has arrived when that happens. */
    private static Response awaitFirstRefusal(String partnerId) {
        return Awaitility.await("customer-service refuses partner " + partnerId).atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> createSubCustomer(partnerId), response -> response.statusCode() != 200);
    }

    private static io.restassured.specification.RequestSpecification partner(String partnerId) {
        return suite.partnerService().as(Tokens.partner(partnerId));
    }
}
