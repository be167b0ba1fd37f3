package com.acmecloud.partnercenter.suite;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** customer-service's API as partners call it (see customer-service/README.md). */
final class CustomerServiceApi {

    private final ServiceProcess service;

    CustomerServiceApi(ServiceProcess service) {
        this.service = service;
    }

    /**
     * POST /v2/partners/sub-customers with the least a partner ERP sends: its own account id and the platform id
     * assigned to the partner ({@link PartnerServiceApi#assignPlatform}; customer-service refuses any other).
     */
    Response createSubCustomer(String partnerId) {
        return service.as(Tokens.partner(partnerId))
                .body(Map.of("xaccount_id", "erp-" + UUID.randomUUID(),
                        "xaccount_type", PartnerServiceApi.platformOf(partnerId)))
                .post("/v2/partners/sub-customers");
    }

    /** A sub-customer of the partner whose privacy consent the partner recorded (needed before real-name). */
    String consentedCustomer(String partnerId) {
        String customerId = createSubCustomer(partnerId).then().statusCode(200).extract().path("domain_id");
        service.as(Tokens.partner(partnerId))
                .body(Map.of("customer_id", customerId, "text_version", "2026-01",
                        "consented_at", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/v2/partners/sub-customers/privacy-consents")
                .then().statusCode(201);
        return customerId;
    }

    /** POST /v2/customers/realname-auths/individual: a passport (verified_type 3) with its three images. */
    Response submitIndividualRealName(String partnerId, String customerId) {
        return service.as(Tokens.partner(partnerId))
                .body(Map.of("customer_id", customerId, "identify_type", 0, "verified_type", 3,
                        "verified_file_url", List.of("id/front.jpg", "id/back.png", "id/holding.jpg"),
                        "name", "Zhang San",
                        "verified_number", "E" + (10_000_000L + ThreadLocalRandom.current().nextLong(89_999_999L))))
                .post("/v2/customers/realname-auths/individual");
    }
}
