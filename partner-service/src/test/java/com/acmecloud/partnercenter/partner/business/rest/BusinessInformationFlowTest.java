package com.acmecloud.partnercenter.partner.business.rest;

import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.businessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.getBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.registeredPartner;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.reviewBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.submitBusinessInformation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 60: business information verified by an operator; a pending change blocks payouts. */
@QuarkusTest
class BusinessInformationFlowTest {

    private static final String FIRST_ACCOUNT = "6222020200112233445";
    private static final String SECOND_ACCOUNT = "6222020200199998888";

    @Test
    void neverSubmittedMeansStatusNoneAndPayoutsBlocked() {
        String partnerId = registeredPartner();
        getBusinessInformation(partnerId).statusCode(200)
                .body("partner_id", equalTo(partnerId))
                .body("status", equalTo("NONE"))
                .body("payout_blocked", equalTo(true))
                .body("payout_blocked_reason", equalTo("NOT_VERIFIED"))
                .body("verified", nullValue())
                .body("pending_change", nullValue());
    }

    @Test
    void rule60APendingChangeKeepsTheVerifiedVersionButBlocksPayouts() {
        String partnerId = registeredPartner();

        submitBusinessInformation(partnerId, businessInformation(FIRST_ACCOUNT)).statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("payout_blocked", equalTo(true))
                .body("payout_blocked_reason", equalTo("NOT_VERIFIED"))
                .body("pending_change.bank_account_number_masked", equalTo("***************3445"))
                .body("pending_change.tax_rate", equalTo(0.06f));

        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("payout_blocked", equalTo(false))
                .body("payout_blocked_reason", nullValue())
                .body("verified.bank_account_number_masked", equalTo("***************3445"))
                .body("pending_change", nullValue())
                .body("last_review.result", equalTo("VERIFIED"));

        Map<String, Object> change = businessInformation(SECOND_ACCOUNT);
        change.put("tax_rate", new java.math.BigDecimal("0.0925"));
        submitBusinessInformation(partnerId, change).statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("payout_blocked", equalTo(true))
                .body("payout_blocked_reason", equalTo("CHANGE_PENDING"));

        // GET shows the verified version still in force, and the change on top of it
        getBusinessInformation(partnerId).statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("payout_blocked", equalTo(true))
                .body("verified.bank_account_number_masked", equalTo("***************3445"))
                .body("verified.tax_rate", equalTo(0.06f))
                .body("pending_change.bank_account_number_masked", equalTo("***************8888"))
                .body("pending_change.tax_rate", equalTo(0.0925f));

        reviewBusinessInformation(partnerId, "APPROVED", "ok").statusCode(200)
                .body("payout_blocked", equalTo(false))
                .body("verified.bank_account_number_masked", equalTo("***************8888"))
                .body("verified.tax_rate", equalTo(0.0925f));
    }

    @Test
    void aRejectedChangeLeavesTheVerifiedVersionInForce() {
        String partnerId = registeredPartner();
        submitBusinessInformation(partnerId, businessInformation(FIRST_ACCOUNT)).statusCode(200);
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(200);
        submitBusinessInformation(partnerId, businessInformation(SECOND_ACCOUNT)).statusCode(200);

        reviewBusinessInformation(partnerId, "REJECTED", null).statusCode(400).body("error_code", equalTo("CBC.0100"));
        reviewBusinessInformation(partnerId, "REJECTED", "Account holder does not match").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("payout_blocked", equalTo(false))
                .body("verified.bank_account_number_masked", equalTo("***************3445"))
                .body("pending_change", nullValue())
                .body("last_review.result", equalTo("REJECTED"))
                .body("last_review.opinion", equalTo("Account holder does not match"));
    }

    @Test
    void onlyOneChangeMayBePendingAndOnlyAPendingChangeCanBeReviewed() {
        String partnerId = registeredPartner();
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(400).body("error_code", equalTo("CBC.91004011"));
        submitBusinessInformation(partnerId, businessInformation(FIRST_ACCOUNT)).statusCode(200);
        submitBusinessInformation(partnerId, businessInformation(SECOND_ACCOUNT)).statusCode(400)
                .body("error_code", equalTo("CBC.91004010"));
        getBusinessInformation(partnerId).statusCode(200)
                .body("pending_change.bank_account_number_masked", equalTo("***************3445"));
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(200);
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(400).body("error_code", equalTo("CBC.91004011"));
    }

    @Test
    void theFullBankAccountNeverLeavesTheService() {
        String partnerId = registeredPartner();
        submitBusinessInformation(partnerId, businessInformation(FIRST_ACCOUNT)).statusCode(200)
                .body(not(containsString(FIRST_ACCOUNT)));
        reviewBusinessInformation(partnerId, "APPROVED", null).statusCode(200).body(not(containsString(FIRST_ACCOUNT)));
        PartnerTestApi.as(Tokens.operator()).get("/v2/partners/{id}/business-information", partnerId)
                .then().statusCode(200).body(not(containsString(FIRST_ACCOUNT)))
                .body("verified.bank_account_number_masked", equalTo("***************3445"));
    }

    @Test
    void partnersCannotReviewAndUnknownPartnersAreNotFound() {
        String partnerId = registeredPartner();
        submitBusinessInformation(partnerId, businessInformation(FIRST_ACCOUNT)).statusCode(200);
        PartnerTestApi.as(Tokens.partner(partnerId)).body(Map.of("result", "APPROVED"))
                .post("/v2/partners/{id}/business-information/review", partnerId)
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        getBusinessInformation(partnerId).statusCode(200).body("status", equalTo("PENDING"));
        reviewBusinessInformation("no-such-partner", "APPROVED", null).statusCode(404)
                .body("error_code", equalTo("CBC.91001001"));
    }
}
