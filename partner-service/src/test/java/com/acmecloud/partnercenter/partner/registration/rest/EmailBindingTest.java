package com.acmecloud.partnercenter.partner.registration.rest;

import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-time code that binds the contact e-mail: expiry, failed-check block, single use. */
@QuarkusTest
class EmailBindingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void wrongCodesLockTheCodeAfterThreeFailures() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId);
        String wrong = code.equals("000000") ? "111111" : "000000";

        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        // even the right code is refused once locked
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(400).body("error_code", equalTo("CBC.99004009"));

        // a new code does not start over: sending is refused while the failed checks of the last 24 hours block
        PartnerTestApi.as(Tokens.partner(partnerId)).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                .then().statusCode(400).body("error_code", equalTo("CBC.99004009"));
        // once the failing code is 24 hours old, a new code works
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        PartnerTestApi.confirmEmail(partnerId, PartnerTestApi.sendEmailCode(partnerId)).statusCode(200);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(400).body("error_code", equalTo("CBC.99004008"));
    }

    @Test
    void aCodeWorksOnceAndABoundEmailTakesNoMoreCodes() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId);
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(200);
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(400).body("error_code", equalTo("CBC.91001005"));
        PartnerTestApi.as(Tokens.partner(partnerId)).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                .then().statusCode(400).body("error_code", equalTo("CBC.91001005"));
    }

    @Test
    void confirmingWithoutACodeIsRefused() {
        String partnerId = registered();
        PartnerTestApi.confirmEmail(partnerId, "123456").statusCode(400).body("error_code", equalTo("CBC.91001006"));
    }

    @Test
    void anUnregisteredPartnerIsNotFound() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(404).body("error_code", equalTo("CBC.91001001"));
        PartnerTestApi.confirmEmail(partnerId, "123456").statusCode(404).body("error_code", equalTo("CBC.91001001"));
    }

    private static String registered() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        return partnerId;
    }
}
