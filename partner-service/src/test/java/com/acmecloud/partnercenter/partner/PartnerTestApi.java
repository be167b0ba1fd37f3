package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** The partner-service API as a test sees it: real HTTP, real tokens. */
public final class PartnerTestApi {

    private PartnerTestApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> registration(String xaccountId) {
        return Map.of(
                "company_name", "Example Cloud Services Co., Ltd.",
                "contact_email", "ops-" + xaccountId + "@example.com",
                "contact_phone", "+86-13800000000",
                "country_code", "CN",
                "xaccount_id", xaccountId);
    }

    public static ValidatableResponse register(String partnerId) {
        return as(Tokens.partner(partnerId)).body(registration("x-" + partnerId))
                .post("/v2/partners/registrations").then();
    }

    public static String submitRealName(String partnerId) {
        return as(Tokens.partner(partnerId))
                .body(Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Zhang San",
                        "attachment_refs", java.util.List.of("realname/licence.jpg")))
                .post("/v2/partners/{id}/real-name-auths", partnerId)
                .then().statusCode(201).extract().path("submission_id");
    }

    public static ValidatableResponse review(String partnerId, String submissionId, String result, String opinion) {
        Map<String, Object> body = opinion == null ? Map.of("result", result) : Map.of("result", result, "opinion", opinion);
        return as(Tokens.operator()).body(body)
                .post("/v2/partners/{id}/real-name-auths/{sid}/review", partnerId, submissionId).then();
    }

    /** Requests an e-mail binding code and reads it as the local stack does: from the dev outbox, never a log. */
    public static String sendEmailCode(String partnerId) {
        String email = as(Tokens.partner(partnerId)).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                .then().statusCode(202).extract().path("email");
        return lastEmailCode(email);
    }

    /** The code of the newest e-mail binding code sent to the address ({@code GET /dev/outbox}). */
    public static String lastEmailCode(String email) {
        List<String> codes = given().queryParam("to", email).get("/dev/outbox")
                .then().statusCode(200).extract().jsonPath().getList("messages.values.code", String.class);
        if (codes.isEmpty() || codes.get(codes.size() - 1) == null) {
            throw new AssertionError("no code in the dev outbox for " + email);
        }
        return codes.get(codes.size() - 1);
    }

    public static ValidatableResponse confirmEmail(String partnerId, String code) {
        return as(Tokens.partner(partnerId)).body(Map.of("verification_code", code))
                .post("/v2/partners/{id}/email-binding", partnerId).then();
    }

    public static ValidatableResponse apply(String partnerId, String program) {
        return as(Tokens.partner(partnerId)).body(Map.of("program", program))
                .post("/v2/partners/{id}/program-applications", partnerId).then();
    }
}
