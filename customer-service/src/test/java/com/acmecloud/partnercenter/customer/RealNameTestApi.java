package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publish;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.customer.realname.repository.RealNameAuthRepository;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Customer real-name and privacy consent, as a test drives them. */
public final class RealNameTestApi {

    public static final String INDIVIDUAL = "/v2/customers/realname-auths/individual";
    public static final String ENTERPRISE = "/v2/customers/realname-auths/enterprise";
    public static final String RESULT = "/v2/customers/realname-auths/result";
    public static final String REVIEWS = "/v2/customers/realname-auths/reviews";
    public static final String PARTNER_CONSENTS = "/v2/partners/sub-customers/privacy-consents";
    public static final String CUSTOMER_CONSENTS = "/v2/customers/privacy-consents";

    private RealNameTestApi() {
    }

    /** partner-service's access_configuration.changed.v1 with upload on and a bucket bound; waits for the projection. */
    public static void enableRealName(String partnerId) {
        accessConfiguration(partnerId, true, "bucket-" + partnerId.substring(0, 12));
        awaitProjection(partnerId, p -> p.realNameAttachmentUpload && p.obsBucketName != null);
    }

    public static void accessConfiguration(String partnerId, boolean upload, String bucket) {
        publish(partnerId, partnerEvent(PartnerEvents.ACCESS_CONFIGURATION_CHANGED, partnerId,
                new PartnerEvents.AccessConfigurationChanged(partnerId, upload, "partner_platform", bucket,
                        bucket == null ? null : "cn-north-4", upload && bucket != null, Instant.now())));
    }

    /** A partner with real-name enabled. */
    public static String enabledPartner() {
        String partner = registeredPartner();
        enableRealName(partner);
        return partner;
    }

    public static String newCustomer(String partnerId) {
        return create(partnerId, customer()).statusCode(200).extract().path("domain_id");
    }

    /** A customer of the partner whose privacy consent the partner recorded. */
    public static String consentedCustomer(String partnerId) {
        String customerId = newCustomer(partnerId);
        recordConsent(partnerId, customerId).statusCode(201);
        return customerId;
    }

    public static ValidatableResponse recordConsent(String partnerId, String customerId) {
        return as(Tokens.partner(partnerId)).body(Map.of("customer_id", customerId, "text_version", "2026-01",
                        "consented_at", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post(PARTNER_CONSENTS).then();
    }

    public static String newIdNumber() {
        return "E" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L));
    }

    public static Map<String, Object> individual(String customerId, Object... extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer_id", customerId);
        body.put("identify_type", 0);
        body.put("verified_type", 3);
        body.put("verified_file_url", List.of("id/front.jpg", "id/back.PNG", "id/holding.pdf"));
        body.put("name", "Zhang San");
        body.put("verified_number", newIdNumber());
        return with(body, extra);
    }

    public static Map<String, Object> enterprise(String customerId, Object... extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer_id", customerId);
        body.put("identify_type", 1);
        body.put("certificate_type", 0);
        body.put("verified_file_url", List.of("corp/licence.pdf", "corp/id-front.jpg", "corp/id-back.jpg"));
        body.put("corp_name", "Example Trading Co., Ltd.");
        body.put("verified_number", "91110000" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L)));
        body.put("reg_country", "CN");
        body.put("reg_address", "Beijing");
        body.put("enterprise_person", Map.of("legel_name", "Li Si", "legel_id_number", newIdNumber(),
                "certifier_role", "legalPerson"));
        return with(body, extra);
    }

    public static ValidatableResponse submitIndividual(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post(INDIVIDUAL).then();
    }

    public static ValidatableResponse submitEnterprise(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post(ENTERPRISE).then();
    }

    public static ValidatableResponse change(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).put(ENTERPRISE).then();
    }

    public static ValidatableResponse result(String partnerId, String customerId) {
        return as(Tokens.partner(partnerId)).queryParam("customer_id", customerId).get(RESULT).then();
    }

    /** The id of the customer's latest submission (read from the database: the list is shared by all tests). */
    public static String latestAuthId(String customerId) {
        RealNameAuthRepository auths = Arc.container().instance(RealNameAuthRepository.class).get();
        RealNameAuth latest = Tx.call(() -> auths.latest(customerId));
        if (latest == null) {
            throw new AssertionError("no submission of " + customerId);
        }
        return latest.authId.toString();
    }

    public static RealNameAuth latestAuth(String customerId) {
        RealNameAuthRepository auths = Arc.container().instance(RealNameAuthRepository.class).get();
        return Optional.ofNullable(Tx.call(() -> auths.latest(customerId))).orElseThrow();
    }

    public static ValidatableResponse review(String authId, String result, String opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("result", result);
        if (opinion != null) {
            body.put("opinion", opinion);
        }
        return as(Tokens.operator()).body(body).post("/v2/customers/realname-auths/" + authId + "/review").then();
    }

    public static void approveLatest(String customerId) {
        review(latestAuthId(customerId), "APPROVED", null).statusCode(200);
    }

    public static void rejectLatest(String customerId, String opinion) {
        review(latestAuthId(customerId), "REJECTED", opinion).statusCode(200);
    }

    /** The customer as the partner's sub-customer query shows it. */
    public static ValidatableResponse queryCustomer(String partnerId, String customerId) {
        return as(Tokens.partner(partnerId)).body(Map.of("customer_id", customerId))
                .post("/v2/partners/sub-customers/query").then();
    }

    public static List<String> files(int count, String extension) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add("f/" + UUID.randomUUID() + "." + extension);
        }
        return files;
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... extra) {
        for (int i = 0; i < extra.length; i += 2) {
            if (extra[i + 1] == null) {
                body.remove((String) extra[i]);
            } else {
                body.put((String) extra[i], extra[i + 1]);
            }
        }
        return body;
    }
}
