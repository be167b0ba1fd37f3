package com.acmecloud.partnercenter.partner.registration.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.registration.domain.EmailBindingCode;
import com.acmecloud.partnercenter.partner.registration.repository.EmailBindingCodeRepository;
import com.acmecloud.partnercenter.platform.api.verification.OneTimeCodes;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 21's limits on e-mail binding codes: at most 15 codes per hour and 60 per day per address and per partner
 * (CBC.99004015), and 3 failed checks per 24 hours over all codes of the partner or its address (CBC.99004009),
 * which a new code does not reset.
 */
@QuarkusTest
class EmailBindingLimitsTest {

    @Inject
    TestClock clock;
    @Inject
    EmailBindingCodeRepository codes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAddressGetsAtMost15CodesAnHourWhicheverPartnerAsks() {
        String email = newEmail();
        String first = registered(email);
        String second = registered(email);
        for (int i = 0; i < 15; i++) {
            send(i % 2 == 0 ? first : second).statusCode(202);
        }
        send(first).statusCode(400).body("error_code", equalTo("CBC.99004015"));
        send(second).statusCode(400).body("error_code", equalTo("CBC.99004015"));

        clock.advance(Duration.ofHours(1).plusSeconds(1));
        send(second).statusCode(202);
    }

    @Test
    void anAddressGetsAtMost60CodesADay() {
        String email = newEmail();
        String partnerId = registered(email);
        // 59 codes to the address over the last 23 hours (another partner's, so the partner's own count stays low)
        String other = registered(newEmail());
        seed(other, email, 59, Duration.ofHours(23));
        send(partnerId).statusCode(202);
        send(partnerId).statusCode(400).body("error_code", equalTo("CBC.99004015"));
    }

    @Test
    void aPartnerGetsAtMost15CodesAnHourAnd60ADayWhateverItsAddress() {
        String partnerId = registered(newEmail());
        // codes the partner had sent to other addresses (the API keeps the contact e-mail of registration; the
        // limit holds per partner all the same)
        seed(partnerId, newEmail(), 15, Duration.ofMinutes(30));
        send(partnerId).statusCode(400).body("error_code", equalTo("CBC.99004015"));

        clock.advance(Duration.ofHours(1));
        send(partnerId).statusCode(202);

        seed(partnerId, newEmail(), 44, Duration.ofHours(20));
        send(partnerId).statusCode(400).body("error_code", equalTo("CBC.99004015"));
    }

    @Test
    void wrongGuessesAddUpAcrossResends() {
        String partnerId = registered(newEmail());
        String code = PartnerTestApi.sendEmailCode(partnerId);
        PartnerTestApi.confirmEmail(partnerId, wrong(code)).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(partnerId, wrong(code)).statusCode(400).body("error_code", equalTo("CBC.99004010"));

        // a new code carries the two failed checks: one more wrong guess blocks
        String newer = PartnerTestApi.sendEmailCode(partnerId);
        PartnerTestApi.confirmEmail(partnerId, wrong(newer)).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        PartnerTestApi.confirmEmail(partnerId, newer).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        send(partnerId).statusCode(400).body("error_code", equalTo("CBC.99004009"));

        // the block lasts until the failing codes are 24 hours old, then a new code binds
        clock.advance(Duration.ofHours(23));
        send(partnerId).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        PartnerTestApi.confirmEmail(partnerId, PartnerTestApi.sendEmailCode(partnerId)).statusCode(200);
    }

    @Test
    void partnersNamingTheSameAddressShareItsGuesses() {
        String email = newEmail();
        String first = registered(email);
        String second = registered(email);
        String firstCode = PartnerTestApi.sendEmailCode(first);
        PartnerTestApi.confirmEmail(first, wrong(firstCode)).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        PartnerTestApi.confirmEmail(first, wrong(firstCode)).statusCode(400).body("error_code", equalTo("CBC.99004010"));

        String secondCode = PartnerTestApi.sendEmailCode(second);
        PartnerTestApi.confirmEmail(second, wrong(secondCode)).statusCode(400)
                .body("error_code", equalTo("CBC.99004009"));
        PartnerTestApi.confirmEmail(second, secondCode).statusCode(400).body("error_code", equalTo("CBC.99004009"));
        PartnerTestApi.confirmEmail(first, firstCode).statusCode(400).body("error_code", equalTo("CBC.99004009"));
    }

    @Test
    void onlyTheNewestCodeCounts() {
        String partnerId = registered(newEmail());
        String older = PartnerTestApi.sendEmailCode(partnerId);
        String newer = PartnerTestApi.sendEmailCode(partnerId);
        if (!older.equals(newer)) {
            PartnerTestApi.confirmEmail(partnerId, older).statusCode(400).body("error_code", equalTo("CBC.99004010"));
        }
        PartnerTestApi.confirmEmail(partnerId, newer).statusCode(200);
    }

    private static ValidatableResponse send(String partnerId) {
        return as(Tokens.partner(partnerId)).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                .then();
    }

    /** {@code count} codes sent to {@code email} for the partner, spread over the {@code span} before now. */
    private void seed(String partnerId, String email, int count, Duration span) {
        Instant now = clock.instant();
        List<EmailBindingCode> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EmailBindingCode row = new EmailBindingCode();
            row.codeId = UUID.randomUUID();
            row.partnerId = partnerId;
            row.email = email;
            row.codeHash = OneTimeCodes.hash(row.codeId, "000000");
            row.createdAt = now.minus(span.multipliedBy(i).dividedBy(count));
            row.expiresAt = row.createdAt.plus(Duration.ofMinutes(10));
            row.usedAt = row.createdAt;
            rows.add(row);
        }
        Tx.run(() -> codes.persist(rows));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String newEmail() {
        return "limits-" + UUID.randomUUID() + "@example.com";
    }

    private static String registered(String email) {
        String partnerId = Tokens.newPartnerId();
        as(Tokens.partner(partnerId)).body(Map.of(
                        "company_name", "Example Cloud Services Co., Ltd.",
                        "contact_email", email,
                        "contact_phone", "+86-13800000000",
                        "country_code", "CN",
                        "xaccount_id", "x-" + partnerId))
                .post("/v2/partners/registrations").then().statusCode(201);
        return partnerId;
    }
}
