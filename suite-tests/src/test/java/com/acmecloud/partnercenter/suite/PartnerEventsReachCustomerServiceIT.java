package com.acmecloud.partnercenter.suite;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decision taken on partner-service reaches customer-service only as an event: partner-service's outbox relay
 * publishes it on {@code partner.events}, customer-service's consumer projects it into {@code partner_projection},
 * and customer-service decides from the projection. The two services run as separate processes with databases of
 * their own, so nothing but the broker connects them.
 */
class PartnerEventsReachCustomerServiceIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static Suite suite;
    private static PartnerServiceApi partners;
    private static CustomerServiceApi customers;

    @BeforeAll
    static void startSuite() {
        suite = Suite.start();
        partners = new PartnerServiceApi(suite.partnerService());
        customers = new CustomerServiceApi(suite.customerService());
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** Rules 23–24 across services: restricting a partner on partner-service stops its associations. */
    @Test
    void aPartnerRestrictedOnPartnerServiceCannotCreateSubCustomersOnCustomerService() {
        String partnerId = partners.registeredPartner();
        readyForCustomers(partnerId);
        customers.createSubCustomer(partnerId).then()
                .statusCode(200).body("domain_id", matchesPattern("[0-9a-f]{32}"));

        partners.setStatus(partnerId, "RESTRICTED").statusCode(200).body("status", equalTo("RESTRICTED"));
        Response refused = awaitFirstRefusal(partnerId);
        assertCbcError("sub-customer of a partner restricted on partner-service", refused, 400, "CBC.50010085");
        try (TopicReader partnerEvents = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> published = partnerEvents.await(
                    record -> partnerId.equals(record.key())
                            && record.value().contains("\"partner.status_changed.v1\""), 1, PROPAGATION);
            assertThat(published.get(0).value()).as("what travelled").contains("\"RESTRICTED\"");
        }

        partners.setStatus(partnerId, "ACTIVE").statusCode(200).body("status", equalTo("ACTIVE"));
        Awaitility.await("customer-service accepts partner " + partnerId + " again").atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> customers.createSubCustomer(partnerId).statusCode() == 200);
    }

    /**
     * Rule 49's inputs across services: a Solution Provider's access configuration (attachment upload, OBS bucket)
     * set on partner-service is what customer-service's projection holds;
     * {@link #realNameSubmissionFollowsAccessConfiguration()} shows the decision that reads it.
     */
    @Test
    void accessConfigurationSetOnPartnerServiceReachesCustomerService() {
        String partnerId = partners.solutionProvider();
        String bucket = PartnerServiceApi.uniqueBucket();

        partners.setAttachmentUpload(partnerId, true).statusCode(200).body("ready_for_real_name_api", equalTo(false));
        partners.bindBucket(partnerId, bucket, "cn-north-4")
                .statusCode(200).body("ready_for_real_name_api", equalTo(true));

        PartnerProjectionRow row = PartnerProjectionRow.await(suite.customerDatabase(), partnerId,
                projected -> projected.realNameAttachmentUpload() && bucket.equals(projected.obsBucketName()));
        assertThat(row.obsRegion()).isEqualTo("cn-north-4");
        assertThat(row.registered()).isTrue();
        assertThat(row.joinedPrograms()).isEqualTo("SOLUTION_PROVIDER");

        partners.unbindBucket(partnerId).statusCode(200).body("ready_for_real_name_api", equalTo(false));
        row = PartnerProjectionRow.await(suite.customerDatabase(), partnerId,
                projected -> projected.obsBucketName() == null);
        assertThat(row.realNameAttachmentUpload()).isTrue();
        assertThat(row.obsRegion()).isNull();
    }

    /**
     * The same access configuration seen through customer-service's own decision (rule 49): a real-name submission
     * is refused with CBC.99005030 until the projection says upload enabled and a bucket bound, accepted then, and
     * refused again once the bucket is unbound.
     */
    @Test
    void realNameSubmissionFollowsAccessConfiguration() {
        String partnerId = partners.solutionProvider();
        readyForCustomers(partnerId);
        String first = customers.consentedCustomer(partnerId);
        String second = customers.consentedCustomer(partnerId);
        assertCbcError("real-name before the partner enabled it", customers.submitIndividualRealName(partnerId, first),
                400, "CBC.99005030");

        partners.setAttachmentUpload(partnerId, true).statusCode(200);
        partners.bindBucket(partnerId, PartnerServiceApi.uniqueBucket(), "cn-north-4").statusCode(200);
        awaitResponse("customer-service accepts real-name for partner " + partnerId,
                () -> customers.submitIndividualRealName(partnerId, first), response -> response.statusCode() == 200)
                .then().body("is_review", equalTo(1));

        partners.unbindBucket(partnerId).statusCode(200);
        // an accepted submission changes state, so no polling here: wait until the unbinding has been projected
        PartnerProjectionRow.await(suite.customerDatabase(), partnerId, projected -> projected.obsBucketName() == null);
        assertCbcError("real-name after the partner unbound its bucket",
                customers.submitIndividualRealName(partnerId, second), 400, "CBC.99005030");
    }

    /** Creates sub-customers until customer-service refuses one: the event has arrived when that happens. */
    /**
     * An operator assigns the partner its platform id on partner-service; customer-service creates customers for a
     * partner only once partner.events has brought it the registration (CBC.5001 before) and that platform id
     * (CBC.0150 for any other), so wait for both to be projected.
     */
    private static void readyForCustomers(String partnerId) {
        partners.assignPlatform(partnerId);
        PartnerProjectionRow.await(suite.customerDatabase(), partnerId, row -> row.registered()
                && PartnerServiceApi.platformOf(partnerId).equals(row.xaccountType()));
    }

    private static Response awaitFirstRefusal(String partnerId) {
        return awaitResponse("customer-service refuses partner " + partnerId,
                () -> customers.createSubCustomer(partnerId), response -> response.statusCode() != 200);
    }

    /** Repeats the request until its answer is the expected one; a timeout names the last answer. */
    private static Response awaitResponse(String alias, Supplier<Response> request, Predicate<Response> expected) {
        AtomicReference<Response> last = new AtomicReference<>();
        Awaitility.await(alias).atMost(PROPAGATION).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    last.set(request.get());
                    assertThat(expected.test(last.get())).as("last answer: %s %s", last.get().statusCode(),
                            last.get().asString()).isTrue();
                });
        return last.get();
    }
}
