package com.acmecloud.partnercenter.partner.status.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Restricted and exited partners: set by operators, shown in the partner read, enforced here. */
@QuarkusTest
class PartnerStatusFlowTest {


    @Test
    void aNewPartnerIsActive() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aRestrictedPartnerCannotApplyUntilTheRestrictionIsLifted() {
        String partnerId = ProgramsTestApi.verifiedPartner();

        ProgramsTestApi.setStatus(partnerId, "RESTRICTED", "Compliance review").statusCode(200)
                .body("partner_id", equalTo(partnerId))
                .body("status", equalTo("RESTRICTED"))
                .body("reason", equalTo("Compliance review"))
                .body("changed_by", equalTo("operator-1"))
                .body("changed_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("status", equalTo("RESTRICTED"));
        as(Tokens.operator()).queryParam("limit", 100).get("/v2/partners").then().statusCode(200);

        PartnerTestApi.apply(partnerId, "DISTRIBUTOR").statusCode(400).body("error_code", equalTo("CBC.91002004"));

        ProgramsTestApi.setStatus(partnerId, "ACTIVE", "Review closed").statusCode(200).body("status", equalTo("ACTIVE"));
        ProgramsTestApi.join(partnerId, "DISTRIBUTOR");
    }

    @Test
    void exitedIsFinal() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        ProgramsTestApi.setStatus(partnerId, "EXITED", "Contract terminated").statusCode(200)
                .body("status", equalTo("EXITED"));

        PartnerTestApi.apply(partnerId, "DISTRIBUTOR").statusCode(400).body("error_code", equalTo("CBC.91002005"));
        ProgramsTestApi.setStatus(partnerId, "ACTIVE", "Oops").statusCode(400).body("error_code", equalTo("CBC.91002005"));
        ProgramsTestApi.setStatus(partnerId, "RESTRICTED", "Oops").statusCode(400).body("error_code", equalTo("CBC.91002005"));
        // the same status again changes nothing (and keeps the first reason)
        ProgramsTestApi.setStatus(partnerId, "EXITED", "Again").statusCode(200)
                .body("status", equalTo("EXITED"))
                .body("reason", equalTo("Contract terminated"));
        as(Tokens.operator()).get("/v2/partners/{id}", partnerId).then().body("status", equalTo("EXITED"));
    }

    @Test
    void anApprovalIsRefusedWhenThePartnerWasRestrictedMeanwhile() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        String applicationId = ProgramsTestApi.applied(partnerId, "SOLUTION_PROVIDER");
        ProgramsTestApi.setStatus(partnerId, "RESTRICTED", "Compliance review").statusCode(200);

        ProgramsTestApi.reviewApplication(partnerId, applicationId, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91002004"));
        ProgramsTestApi.reviewApplication(partnerId, applicationId, "REJECTED", "Partner restricted").statusCode(200);
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().body("total_count", equalTo(0));
    }

    @Test
    void anExitRevokesThePartnersCertificates() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        String number = as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().extract().path("certificates[0].certificate_number");

        ProgramsTestApi.setStatus(partnerId, "RESTRICTED", "Compliance review").statusCode(200);
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().body("certificates[0].status", equalTo("VALID"));

        ProgramsTestApi.setStatus(partnerId, "EXITED", "Left the partner network").statusCode(200);
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().body("certificates[0].status", equalTo("REVOKED"));
        io.restassured.RestAssured.given().queryParam("certificate_number", number)
                .get("/v2/partners/certificates/verification")
                .then().statusCode(200).body("genuine", equalTo(true)).body("valid", equalTo(false));
    }

    @Test
    void onlyOperatorsSetTheStatusOfExistingPartners() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        as(Tokens.partner(partnerId)).body(java.util.Map.of("status", "ACTIVE", "reason", "self-service"))
                .put("/v2/partners/{id}/status", partnerId)
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        ProgramsTestApi.setStatus(Tokens.newPartnerId(), "RESTRICTED", "Unknown").statusCode(404)
                .body("error_code", equalTo("CBC.91001001"));
    }
}
