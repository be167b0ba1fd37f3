package com.acmecloud.partnercenter.partner.programs.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The program catalogue, an operator's review, joined programs, and rules 1, 2 and 4 as far as they reach here. */
@QuarkusTest
class ProgramMembershipTest {


    @Test
    void theCatalogueIsOpenToAnyAuthenticatedCaller() {
        for (String token : new String[] {Tokens.partner(Tokens.newPartnerId()), Tokens.operator(),
                Tokens.unknownRole(Tokens.newPartnerId())}) {
            given().auth().oauth2(token).get("/v2/partners/programs")
                    .then().statusCode(200)
                    .body("total_count", equalTo(3))
                    .body("programs.code", contains("SOLUTION_PROVIDER", "CLOUD_RESELLER", "DISTRIBUTOR"))
                    .body("programs.name", contains("Solution Provider", "Cloud Reseller", "Distributor"))
                    .body("programs.tier", contains(1, 2, 1))
                    .body("programs.issues_certificate", contains(true, false, true))
                    .body("programs.certificate_validity", contains("P1Y", null, "P1Y"));
        }
        given().get("/v2/partners/programs").then().statusCode(401).body("error_code", equalTo("CBC.0154"));
    }

    @Test
    void approvingSolutionProviderJoinsTheProgramAndIssuesItsCertificate() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        String applicationId = ProgramsTestApi.applied(partnerId, "SOLUTION_PROVIDER");

        String reviewedAt = ProgramsTestApi.reviewApplication(partnerId, applicationId, "APPROVED", null)
                .statusCode(200)
                .body("application_id", equalTo(applicationId))
                .body("status", equalTo("APPROVED"))
                .body("reason", nullValue())
                .body("reviewed_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .extract().path("reviewed_at");

        JsonPath joined = as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().statusCode(200)
                .body("total_count", equalTo(1))
                .body("programs[0].program", equalTo("SOLUTION_PROVIDER"))
                .body("programs[0].name", equalTo("Solution Provider"))
                .body("programs[0].tier", equalTo(1))
                .body("programs[0].application_id", equalTo(applicationId))
                .body("programs[0].joined_at", equalTo(reviewedAt))
                .body("programs[0].certificate_id", notNullValue())
                .extract().jsonPath();
        String certificateId = joined.getString("programs[0].certificate_id");

        // rule 2: the joined program's certificate, with its validity period
        JsonPath certificates = as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().statusCode(200)
                .body("total_count", equalTo(1))
                .body("certificates[0].certificate_id", equalTo(certificateId))
                .body("certificates[0].certificate_number", matchesPattern("HCPN-SP-\\d{4}-\\d{6}"))
                .body("certificates[0].partner_id", equalTo(partnerId))
                .body("certificates[0].program", equalTo("SOLUTION_PROVIDER"))
                .body("certificates[0].valid_from", equalTo(reviewedAt))
                .body("certificates[0].status", equalTo("VALID"))
                .extract().jsonPath();
        Instant validFrom = Instant.parse(reviewedAt);
        assertThat(Instant.parse(certificates.getString("certificates[0].valid_to")))
                .isEqualTo(validFrom.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(certificates.getString("certificates[0].certificate_number"))
                .contains("-" + validFrom.atZone(ZoneOffset.UTC).getYear() + "-");

        as(Tokens.operator()).get("/v2/partners/{id}/certificates/{cid}", partnerId, certificateId)
                .then().statusCode(200)
                .body("certificate_number", equalTo(certificates.getString("certificates[0].certificate_number")))
                .body("program_name", equalTo("Solution Provider"));

        // the application list and the partner read show the decision
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200)
                .body("program_applications[0].status", equalTo("APPROVED"))
                .body("program_applications[0].reviewed_at", equalTo(reviewedAt));
    }

    @Test
    void aProgramThatIssuesNoCertificateShowsNone() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        ProgramsTestApi.join(partnerId, "CLOUD_RESELLER");

        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().statusCode(200)
                .body("programs.program", contains("CLOUD_RESELLER"))
                .body("programs[0].tier", equalTo(2))
                .body("programs[0].certificate_id", nullValue());
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().statusCode(200).body("total_count", equalTo(0)).body("certificates", hasSize(0));
    }

    @Test
    void distributorsGetACertificateToo() {
        String partnerId = ProgramsTestApi.distributor();
        String certificateId = ProgramsTestApi.certificateOf(partnerId, "DISTRIBUTOR");
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates/{cid}", partnerId, certificateId)
                .then().statusCode(200).body("certificate_number", matchesPattern("HCPN-DI-\\d{4}-\\d{6}"));
    }

    @Test
    void certificateNumbersAreUnique() {
        String first = ProgramsTestApi.fullyEnrolledPartner();
        String second = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(first, "SOLUTION_PROVIDER");
        ProgramsTestApi.join(second, "SOLUTION_PROVIDER");
        String a = as(Tokens.partner(first)).get("/v2/partners/{id}/certificates", first)
                .then().extract().path("certificates[0].certificate_number");
        String b = as(Tokens.partner(second)).get("/v2/partners/{id}/certificates", second)
                .then().extract().path("certificates[0].certificate_number");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aRejectionNeedsAReasonAndThePartnerMayApplyAgain() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        String applicationId = ProgramsTestApi.applied(partnerId, "DISTRIBUTOR");

        ProgramsTestApi.reviewApplication(partnerId, applicationId, "REJECTED", null).statusCode(400)
                .body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("reason"));
        ProgramsTestApi.reviewApplication(partnerId, applicationId, "REJECTED", "  No distribution network  ")
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("No distribution network"));
        // decided once
        ProgramsTestApi.reviewApplication(partnerId, applicationId, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91002002"));

        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().statusCode(200).body("total_count", equalTo(0));
        String again = ProgramsTestApi.applied(partnerId, "DISTRIBUTOR");
        assertThat(again).isNotEqualTo(applicationId);
    }

    @Test
    void anApplicationIsReviewedOnlyUnderItsOwnPartner() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        String other = ProgramsTestApi.verifiedPartner();
        String othersApplication = ProgramsTestApi.applied(other, "DISTRIBUTOR");

        for (String applicationId : new String[] {othersApplication, UUID.randomUUID().toString(), "not-a-uuid"}) {
            ProgramsTestApi.reviewApplication(partnerId, applicationId, "APPROVED", null).statusCode(404)
                    .body("error_code", equalTo("CBC.91002001"));
        }
        ProgramsTestApi.reviewApplication(Tokens.newPartnerId(), othersApplication, "APPROVED", null).statusCode(404)
                .body("error_code", equalTo("CBC.91001001"));
        as(Tokens.partner(other)).get("/v2/partners/{id}/program-applications", other)
                .then().body("[0].status", equalTo("SUBMITTED"));
    }

    @Test
    void rule1StillHoldsAtApplication() {
        String partnerId = ProgramsTestApi.verifiedPartner();
        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(400)
                .body("error_code", equalTo("CBC.91001010"))
                .body("details.field", contains("email_binding"));
        String unverified = Tokens.newPartnerId();
        PartnerTestApi.register(unverified).statusCode(201);
        PartnerTestApi.apply(unverified, "CLOUD_RESELLER").statusCode(400)
                .body("error_code", equalTo("CBC.91001010"))
                .body("details.field", contains("enterprise_real_name"));
    }

    @Test
    void rule4ASolutionProviderCannotApplyToBecomeACloudReseller() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");

        PartnerTestApi.apply(partnerId, "CLOUD_RESELLER").statusCode(400)
                .body("error_code", equalTo("CBC.91002003"))
                .body("details[0].field", equalTo("program"))
                .body("details[0].error_msg", containsString("rule 4"));
    }

    @Test
    void rule4TheApprovalIsRefusedWhenTheCompanyBecameASolutionProviderMeanwhile() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        String reseller = ProgramsTestApi.applied(partnerId, "CLOUD_RESELLER");
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");

        ProgramsTestApi.reviewApplication(partnerId, reseller, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91002003"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().body("programs.program", contains("SOLUTION_PROVIDER"));
        // still open: the operator closes it with a rejection
        ProgramsTestApi.reviewApplication(partnerId, reseller, "REJECTED", "Already a Solution Provider (rule 4)")
                .statusCode(200);
    }

    @Test
    void rule4AnotherAccountOfTheSameCompanyCannotBecomeACloudReseller() {
        String licence = ProgramsTestApi.newLicence();
        String solutionProvider = ProgramsTestApi.fullyEnrolledPartner("Same Company Ltd.", licence);
        String secondAccount = ProgramsTestApi.verifiedPartner("Same Company Ltd.", licence);
        String otherCompany = ProgramsTestApi.verifiedPartner();
        String pending = ProgramsTestApi.applied(secondAccount, "CLOUD_RESELLER");
        ProgramsTestApi.join(solutionProvider, "SOLUTION_PROVIDER");

        ProgramsTestApi.reviewApplication(secondAccount, pending, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91002003"));
        ProgramsTestApi.reviewApplication(secondAccount, pending, "REJECTED", "Company is a Solution Provider")
                .statusCode(200);
        PartnerTestApi.apply(secondAccount, "CLOUD_RESELLER").statusCode(400)
                .body("error_code", equalTo("CBC.91002003"));
        // a company of its own is not affected
        ProgramsTestApi.join(otherCompany, "CLOUD_RESELLER");
    }

    @Test
    void aPartnerCannotBeBothDistributorAndCloudReseller() {
        String distributor = ProgramsTestApi.distributor();
        PartnerTestApi.apply(distributor, "CLOUD_RESELLER").statusCode(400)
                .body("error_code", equalTo("CBC.91002003"))
                .body("details[0].error_msg", containsString("DISTRIBUTOR and CLOUD_RESELLER"));

        String reseller = ProgramsTestApi.reseller("Example Reseller Ltd.");
        PartnerTestApi.apply(reseller, "DISTRIBUTOR").statusCode(400).body("error_code", equalTo("CBC.91002003"));

        // both pending: whichever is approved first wins, the other is refused
        String both = ProgramsTestApi.verifiedPartner();
        String asDistributor = ProgramsTestApi.applied(both, "DISTRIBUTOR");
        String asReseller = ProgramsTestApi.applied(both, "CLOUD_RESELLER");
        ProgramsTestApi.reviewApplication(both, asReseller, "APPROVED", null).statusCode(200);
        ProgramsTestApi.reviewApplication(both, asDistributor, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91002003"));
    }

    @Test
    void aCloudResellerMayStillBecomeASolutionProvider() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(partnerId, "CLOUD_RESELLER");
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().body("programs.program", containsInAnyOrder("CLOUD_RESELLER", "SOLUTION_PROVIDER"));
    }

    @Test
    void joinedProgramsOfAnUnknownPartner() {
        as(Tokens.operator()).get("/v2/partners/{id}/programs", Tokens.newPartnerId())
                .then().statusCode(404).body("error_code", equalTo("CBC.91001001"));
    }
}
