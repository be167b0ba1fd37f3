package com.acmecloud.partnercenter.partner.registration.rest;

import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-time code that binds the contact e-mail: expiry, failed-attempt lock, single use. */
@QuarkusTest
class EmailBindingTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void wrongCodesLockTheCodeAfterThreeFailures() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId, mailbox);
        String wrong = code.equals("000000") ? "111111" : "000000";

        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(partnerId, wrong).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        // even the right code is refused once locked
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(400).body("error_code", equalTo("CBC.99004009"));

        // a new code starts over
        PartnerTestApi.confirmEmail(partnerId, PartnerTestApi.sendEmailCode(partnerId, mailbox)).statusCode(200);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId, mailbox);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(400).body("error_code", equalTo("CBC.99004008"));
    }

    @Test
    void aCodeWorksOnceAndABoundEmailTakesNoMoreCodes() {
        String partnerId = registered();
        String code = PartnerTestApi.sendEmailCode(partnerId, mailbox);
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
