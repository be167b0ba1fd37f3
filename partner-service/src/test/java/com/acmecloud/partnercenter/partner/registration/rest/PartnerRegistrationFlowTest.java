package com.acmecloud.partnercenter.partner.registration.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The whole enrolment of one partner, as its ERP and an operator would drive it. */
@QuarkusTest
class PartnerRegistrationFlowTest {


    @Test
    void partnerEnrolsAndAppliesToSolutionProvider() {
        String partnerId = Tokens.newPartnerId();

        PartnerTestApi.register(partnerId).statusCode(201)
                .header("X-Request-Id", notNullValue())
                .body("partner_id", equalTo(partnerId))
                .body("company_name", equalTo("Example Cloud Services Co., Ltd."))
                .body("contact_email", equalTo("ops-x-" + partnerId + "@example.com"))
                .body("country_code", equalTo("CN"))
                .body("real_name_status", equalTo("NONE"))
                .body("email_binding_status", equalTo("UNBOUND"))
                .body("registered_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .body("program_applications", hasSize(0));

        // Rule 1: neither real-name nor e-mail yet — both are named
        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(400)
                .body("error_code", equalTo("CBC.91001010"))
                .body("details.field", containsInAnyOrder("enterprise_real_name", "email_binding"));

        String submissionId = PartnerTestApi.submitRealName(partnerId);
        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("real_name_status", equalTo("REVIEWING"));

        PartnerTestApi.review(partnerId, submissionId, "APPROVED", null).statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("reviewed_at", notNullValue());

        // Rule 1: real-name done, e-mail still missing — only that is named
        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(400)
                .body("error_code", equalTo("CBC.91001010"))
                .body("details.field", contains("email_binding"));

        String code = PartnerTestApi.sendEmailCode(partnerId);
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(200)
                .body("status", equalTo("BOUND"))
                .body("bound_at", notNullValue());

        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(201)
                .body("program", equalTo("SOLUTION_PROVIDER"))
                .body("status", equalTo("SUBMITTED"));
        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(400)
                .body("error_code", equalTo("CBC.91001011"));

        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200)
                .body("real_name_status", equalTo("APPROVED"))
                .body("email_binding_status", equalTo("BOUND"))
                .body("program_applications.program", contains("SOLUTION_PROVIDER"));
    }

    @Test
    void emailMissingAloneIsNamed() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String code = PartnerTestApi.sendEmailCode(partnerId);
        PartnerTestApi.confirmEmail(partnerId, code).statusCode(200);

        PartnerTestApi.apply(partnerId, "SOLUTION_PROVIDER").statusCode(400)
                .body("error_code", equalTo("CBC.91001010"))
                .body("details.field", contains("enterprise_real_name"));
    }

    @Test
    void rejectedRealNameCanBeResubmittedButNotWhileReviewing() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String first = PartnerTestApi.submitRealName(partnerId);

        PartnerTestApi.as(Tokens.partner(partnerId))
                .body(java.util.Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Zhang San",
                        "attachment_refs", java.util.List.of("a.pdf")))
                .post("/v2/partners/{id}/real-name-auths", partnerId)
                .then().statusCode(400).body("error_code", equalTo("CBC.99007188"));

        PartnerTestApi.review(partnerId, first, "REJECTED", null).statusCode(400)
                .body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("opinion"));
        PartnerTestApi.review(partnerId, first, "REJECTED", "Licence image unreadable").statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("opinion", equalTo("Licence image unreadable"));
        PartnerTestApi.review(partnerId, first, "APPROVED", null).statusCode(400)
                .body("error_code", equalTo("CBC.91001004"));

        String second = PartnerTestApi.submitRealName(partnerId);
        PartnerTestApi.review(partnerId, second, "APPROVED", null).statusCode(200);
        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().body("real_name_status", equalTo("APPROVED"));
    }

    @Test
    void operatorListsSubmissionsUnderReview() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String submissionId = PartnerTestApi.submitRealName(partnerId);

        PartnerTestApi.as(Tokens.operator()).queryParam("limit", 100)
                .get("/v2/partners/real-name-auths")
                .then().statusCode(200)
                .body("total_count", notNullValue())
                .body("submissions.find { it.submission_id == '" + submissionId + "' }.partner_id", equalTo(partnerId))
                .body("submissions.find { it.submission_id == '" + submissionId + "' }.reviewed_at", nullValue());
    }

    @Test
    void aPartnerRegistersOnceAndXaccountIdsAreUnique() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        PartnerTestApi.register(partnerId).statusCode(400).body("error_code", equalTo("CBC.91001002"));

        String other = Tokens.newPartnerId();
        PartnerTestApi.as(Tokens.partner(other)).body(PartnerTestApi.registration("x-" + partnerId))
                .post("/v2/partners/registrations")
                .then().statusCode(400).body("error_code", equalTo("CBC.99000039"));
    }

    @Test
    void operatorsPageThroughPartners() {
        for (int i = 0; i < 3; i++) {
            PartnerTestApi.register(Tokens.newPartnerId()).statusCode(201);
        }
        int total = PartnerTestApi.as(Tokens.operator()).queryParam("limit", 2).get("/v2/partners")
                .then().statusCode(200).body("partners", hasSize(2)).extract().path("total_count");
        PartnerTestApi.as(Tokens.operator()).queryParam("offset", total - 1).queryParam("limit", 100).get("/v2/partners")
                .then().statusCode(200).body("partners", hasSize(1)).body("total_count", equalTo(total));
    }
}
