package com.acmecloud.partnercenter.partner.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another partner's token is refused with CBC.0150 on every operation that names a partner, and changes nothing. */
@QuarkusTest
class TenantIsolationTest {

    @Test
    void anotherPartnerCannotReadOrChangeAPartner() {
        String victim = Tokens.newPartnerId();
        String intruder = Tokens.newPartnerId();
        PartnerTestApi.register(victim).statusCode(201);
        PartnerTestApi.register(intruder).statusCode(201);
        String submissionId = PartnerTestApi.submitRealName(victim);
        String token = Tokens.partner(intruder);

        record Call(String method, String path, Object body) {
        }
        List<Call> calls = List.of(
                new Call("GET", "/v2/partners/" + victim, null),
                new Call("POST", "/v2/partners/" + victim + "/real-name-auths",
                        Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Mallory",
                                "attachment_refs", List.of("x.jpg"))),
                new Call("POST", "/v2/partners/" + victim + "/real-name-auths/" + submissionId + "/review",
                        Map.of("result", "APPROVED")),
                new Call("POST", "/v2/partners/" + victim + "/email-binding/verification-codes", null),
                new Call("POST", "/v2/partners/" + victim + "/email-binding", Map.of("verification_code", "123456")),
                new Call("POST", "/v2/partners/" + victim + "/program-applications", Map.of("program", "SOLUTION_PROVIDER")),
                new Call("GET", "/v2/partners/" + victim + "/program-applications", null));

        for (Call call : calls) {
            var request = given().auth().oauth2(token).contentType(ContentType.JSON);
            if (call.body() != null) {
                request.body(call.body());
            }
            // reviewing is an operator's job: a partner is refused for its role before ownership matters
            String code = call.path().endsWith("/review") ? "CBC.0151" : "CBC.0150";
            request.request(call.method(), call.path())
                    .then().statusCode(403).body("error_code", equalTo(code));
        }

        // the victim is untouched
        PartnerTestApi.as(Tokens.partner(victim)).get("/v2/partners/{id}", victim)
                .then().statusCode(200)
                .body("real_name_status", equalTo("REVIEWING"))
                .body("email_binding_status", equalTo("UNBOUND"))
                .body("program_applications.size()", equalTo(0));
    }

    @Test
    void xAuthTokenHeaderIsAcceptedLikeABearerToken() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        given().header("X-Auth-Token", Tokens.partner(partnerId)).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("partner_id", equalTo(partnerId));
        given().header("X-Auth-Token", Tokens.partner(Tokens.newPartnerId())).get("/v2/partners/{id}", partnerId)
                .then().statusCode(403).body("error_code", equalTo("CBC.0150"));
    }

    @Test
    void operatorsReadAnyPartnerAndPartnersCannotActAsOperators() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        given().auth().oauth2(Tokens.operator()).get("/v2/partners/{id}", partnerId)
                .then().statusCode(200).body("partner_id", equalTo(partnerId));
        given().auth().oauth2(Tokens.partner(partnerId)).get("/v2/partners/real-name-auths")
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(PartnerTestApi.registration("op-" + partnerId)).post("/v2/partners/registrations")
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
    }
}
