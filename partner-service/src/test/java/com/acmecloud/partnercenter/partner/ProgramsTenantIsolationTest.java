package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation on programs, certificates, status and resellers that names a partner or an object: another
 * partner is refused (CBC.0150, or CBC.0151 for operator operations), an object of another partner under the
 * caller's own path is not found, and the victim is left untouched.
 */
@QuarkusTest
class ProgramsTenantIsolationTest {


    record Call(String method, String path, Object body, int status, String code) {
    }

    @Test
    void anotherPartnerCanNeitherReadNorChangeAnything() {
        String victim = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(victim, "SOLUTION_PROVIDER");
        String pending = ProgramsTestApi.applied(victim, "DISTRIBUTOR");
        String certificateId = ProgramsTestApi.certificateOf(victim, "SOLUTION_PROVIDER");
        String victimDistributor = ProgramsTestApi.distributor();
        String victimReseller = ProgramsTestApi.reseller("Victim Reseller Ltd.");
        ProgramsTestApi.link(victimDistributor, victimReseller).statusCode(200);
        String victimReseller2 = ProgramsTestApi.reseller("Victim Reseller Two Ltd.");
        String victimRequest = ProgramsTestApi.requestLink(victimDistributor, victimReseller2).statusCode(201)
                .extract().path("request_id");

        String intruder = ProgramsTestApi.distributor();
        String intrudersReseller = ProgramsTestApi.reseller("Intruder Reseller Ltd.");
        String token = Tokens.partner(intruder);

        List<Call> calls = List.of(
                // the victim's paths: not the caller's partner
                new Call("GET", "/v2/partners/" + victim + "/programs", null, 403, "CBC.0150"),
                new Call("GET", "/v2/partners/" + victim + "/certificates", null, 403, "CBC.0150"),
                new Call("GET", "/v2/partners/" + victim + "/certificates/" + certificateId, null, 403, "CBC.0150"),
                new Call("GET", "/v2/partners/" + victim + "/certificates/" + certificateId + "/pdf", null, 403, "CBC.0150"),
                new Call("POST", "/v2/partners/" + victimDistributor + "/indirect-partners",
                        Map.of("indirect_partner_id", intrudersReseller), 403, "CBC.0150"),
                new Call("DELETE", "/v2/partners/" + victimDistributor + "/indirect-partners/" + victimReseller, null,
                        403, "CBC.0150"),
                new Call("GET", "/v2/partners/" + victimDistributor + "/indirect-partner-requests", null, 403, "CBC.0150"),
                new Call("POST", "/v2/partners/" + victimDistributor + "/indirect-partner-requests/" + victimRequest
                        + "/withdraw", null, 403, "CBC.0150"),
                new Call("GET", "/v2/partners/" + victimReseller2 + "/distributor-requests", null, 403, "CBC.0150"),
                new Call("POST", "/v2/partners/" + victimReseller2 + "/distributor-requests/" + victimRequest
                        + "/accept", null, 403, "CBC.0150"),
                new Call("POST", "/v2/partners/" + victimReseller2 + "/distributor-requests/" + victimRequest
                        + "/reject", Map.of(), 403, "CBC.0150"),
                new Call("DELETE", "/v2/partners/" + victimReseller + "/distributor", null, 403, "CBC.0150"),
                // operator operations: refused for the role first
                new Call("POST", "/v2/partners/" + victim + "/program-applications/" + pending + "/review",
                        Map.of("result", "APPROVED"), 403, "CBC.0151"),
                new Call("PUT", "/v2/partners/" + victim + "/status", Map.of("status", "EXITED", "reason", "x"),
                        403, "CBC.0151"),
                new Call("POST", "/v2/partners/" + intruder + "/program-applications/" + pending + "/review",
                        Map.of("result", "APPROVED"), 403, "CBC.0151"),
                // the victim's objects under the intruder's own path: none of its own
                new Call("GET", "/v2/partners/" + intruder + "/certificates/" + certificateId, null, 404, "CBC.91002006"),
                new Call("GET", "/v2/partners/" + intruder + "/certificates/" + certificateId + "/pdf", null, 404,
                        "CBC.91002006"),
                new Call("DELETE", "/v2/partners/" + intruder + "/indirect-partners/" + victimReseller, null, 400,
                        "CBC.99000037"),
                new Call("POST", "/v2/partners/" + intruder + "/indirect-partner-requests/" + victimRequest
                        + "/withdraw", null, 404, "CBC.91002010"),
                new Call("POST", "/v2/partners/" + intruder + "/distributor-requests/" + victimRequest
                        + "/accept", null, 404, "CBC.91002010"),
                // a reseller that already has a distributor cannot be taken over
                new Call("POST", "/v2/partners/" + intruder + "/indirect-partners",
                        Map.of("indirect_partner_id", victimReseller), 400, "CBC.91002009"));

        for (Call call : calls) {
            var request = given().auth().oauth2(token).contentType(ContentType.JSON);
            if (call.body() != null) {
                request.body(call.body());
            }
            request.request(call.method(), call.path())
                    .then().statusCode(call.status()).body("error_code", equalTo(call.code()));
        }
        // the query answers only for the caller's own resellers, whatever it names
        ProgramsTestApi.queryResellers(intruder, Map.of("indirect_partner_id", victimReseller))
                .statusCode(200).body("count", equalTo(0));
        // an operator naming the wrong partner finds no such application
        ProgramsTestApi.reviewApplication(intruder, pending, "APPROVED", null).statusCode(404)
                .body("error_code", equalTo("CBC.91002001"));

        // the victims are untouched
        PartnerTestApi.as(Tokens.partner(victim)).get("/v2/partners/{id}", victim).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("program_applications.find { it.application_id == '" + pending + "' }.status", equalTo("SUBMITTED"));
        PartnerTestApi.as(Tokens.partner(victim)).get("/v2/partners/{id}/certificates", victim)
                .then().body("total_count", equalTo(1));
        ProgramsTestApi.queryResellers(victimDistributor, Map.of())
                .body("indirect_partners.indirect_partner_id", equalTo(List.of(victimReseller)));
        ProgramsTestApi.queryResellers(intruder, Map.of()).body("count", equalTo(0));
        ProgramsTestApi.receivedRequests(victimReseller2, null).body("requests[0].status", equalTo("PENDING"));
        ProgramsTestApi.queryResellers(ProgramsTestApi.distributor(), Map.of()).body("count", equalTo(0));
    }
}
