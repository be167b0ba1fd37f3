package com.acmecloud.partnercenter.partner.registration.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As in production: no dev outbox, so {@code GET /dev/outbox} and the dev links are 404 and e-mail binding codes go
 * to the SMTP server. Here the server is unreachable: the send fails with the retryable CBC.99004003 and stores no
 * code (the partner can confirm nothing, and the failure used none of the send limit).
 */
@QuarkusTest
@TestProfile(EmailDeliveryWithoutDevOutboxTest.Production.class)
class EmailDeliveryWithoutDevOutboxTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercenter.dev-outbox.enabled", "false",
                    "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", "1",
                    "quarkus.mailer.start-tls", "DISABLED");
        }
    }

    @Test
    void theDevOutboxIsNotFound() {
        CbcAssertions.assertCbcError("dev outbox off", RestAssured.given().get("/dev/outbox"), 404, "CBC.91000001");
    }

    @Test
    void aCodeTheMailServerDidNotTakeIsNotStored() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        for (int i = 0; i < 16; i++) {
            as(Tokens.partner(partnerId)).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                    .then().statusCode(503).body("error_code", equalTo("CBC.99004003"));
        }
        PartnerTestApi.confirmEmail(partnerId, "123456").statusCode(400).body("error_code", equalTo("CBC.91001006"));
    }
}
