package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, mistyped and out-of-range input to the programs, certificates, status and reseller operations:
 * always a CBC 4xx with a request id, never a 5xx, never anything internal.
 */
@QuarkusTest
class ProgramsBadInputTest {

    private static final String OWNER = Tokens.newPartnerId();
    private static boolean ownerRegistered;

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        String review = "/v2/partners/{id}/program-applications/{aid}/review";
        String anyApplication = UUID.randomUUID().toString();
        return Stream.of(
                operator("review result unknown", 400, "CBC.0101", r -> r.body(Map.of("result", "MAYBE")).post(review, owner(), anyApplication)),
                operator("review result a number", 400, "CBC.0101", r -> r.body(Map.of("result", 1)).post(review, owner(), anyApplication)),
                operator("review without result", 400, "CBC.0101", r -> r.body(Map.of("reason", "x")).post(review, owner(), anyApplication)),
                operator("review without body", 400, "CBC.0101", r -> r.post(review, owner(), anyApplication)),
                operator("rejection without reason", 400, "CBC.0100", r -> r.body(Map.of("result", "REJECTED")).post(review, owner(), anyApplication)),
                operator("rejection with a blank reason", 400, "CBC.0100", r -> r.body(Map.of("result", "REJECTED", "reason", "  ")).post(review, owner(), anyApplication)),
                operator("reason of 501 characters", 400, "CBC.0100", r -> r.body(Map.of("result", "REJECTED", "reason", "r".repeat(501))).post(review, owner(), anyApplication)),
                operator("reason an object", 400, "CBC.0101", r -> r.body(Map.of("result", "REJECTED", "reason", Map.of("a", 1))).post(review, owner(), anyApplication)),
                operator("application id not a UUID", 404, "CBC.91002001", r -> r.body(Map.of("result", "APPROVED")).post(review, owner(), "12345")),
                operator("unknown application", 404, "CBC.91002001", r -> r.body(Map.of("result", "APPROVED")).post(review, owner(), anyApplication)),
                operator("status unknown", 400, "CBC.0101", r -> r.body(Map.of("status", "SUSPENDED", "reason", "x")).put("/v2/partners/{id}/status", owner())),
                operator("status lower case", 400, "CBC.0101", r -> r.body(Map.of("status", "restricted", "reason", "x")).put("/v2/partners/{id}/status", owner())),
                operator("status without reason", 400, "CBC.0101", r -> r.body(Map.of("status", "RESTRICTED")).put("/v2/partners/{id}/status", owner())),
                operator("status with a blank reason", 400, "CBC.0101", r -> r.body(Map.of("status", "RESTRICTED", "reason", " ")).put("/v2/partners/{id}/status", owner())),
                operator("status reason of 501 characters", 400, "CBC.0100", r -> r.body(Map.of("status", "RESTRICTED", "reason", "r".repeat(501))).put("/v2/partners/{id}/status", owner())),
                operator("status body an array", 400, "CBC.0101", r -> r.body("[]").put("/v2/partners/{id}/status", owner())),
                operator("status body malformed", 400, "CBC.0100", r -> r.body("{\"status\":").put("/v2/partners/{id}/status", owner())),
                operator("status as text/plain", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("EXITED").put("/v2/partners/{id}/status", owner())),
                operator("status with GET", 405, "CBC.91000002", r -> r.get("/v2/partners/{id}/status", owner())),
                partner("link without id", 400, "CBC.0101", r -> r.body(Map.of()).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("link id a number", 400, "CBC.0101", r -> r.body(Map.of("indirect_partner_id", 42)).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("link id of 65 characters", 400, "CBC.0100", r -> r.body(Map.of("indirect_partner_id", "p".repeat(65))).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("link id with spaces", 400, "CBC.0100", r -> r.body(Map.of("indirect_partner_id", "a b")).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("link by a partner that is not a distributor", 400, "CBC.91002007", r -> r.body(Map.of("indirect_partner_id", Tokens.newPartnerId())).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("link with an Idempotency-Key of 65 characters", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(Map.of("indirect_partner_id", "x")).post("/v2/partners/{id}/indirect-partners", owner())),
                partner("unlink of a reseller never linked", 400, "CBC.99000037", r -> r.delete("/v2/partners/{id}/indirect-partners/{rid}", owner(), "nobody")),
                partner("query limit 0", 400, "CBC.0100", r -> r.body(Map.of("limit", 0)).post("/v2/partners/indirect-partners/query")),
                partner("query limit 101", 400, "CBC.0100", r -> r.body(Map.of("limit", 101)).post("/v2/partners/indirect-partners/query")),
                partner("query offset -1", 400, "CBC.0100", r -> r.body(Map.of("offset", -1)).post("/v2/partners/indirect-partners/query")),
                partner("query offset beyond 40,000,000", 400, "CBC.0100", r -> r.body(Map.of("offset", 40_000_001)).post("/v2/partners/indirect-partners/query")),
                partner("query limit a string", 400, "CBC.0101", r -> r.body(Map.of("limit", "10")).post("/v2/partners/indirect-partners/query")),
                partner("query limit a fraction", 400, "CBC.0101", r -> r.body("{\"limit\": 1.5}").post("/v2/partners/indirect-partners/query")),
                partner("query limit beyond an integer", 400, "CBC.0101", r -> r.body("{\"limit\": 99999999999}").post("/v2/partners/indirect-partners/query")),
                partner("query begin without time", 400, "CBC.0100", r -> r.body(Map.of("associated_on_begin", "2026-01-01")).post("/v2/partners/indirect-partners/query")),
                partner("query end with an offset", 400, "CBC.0100", r -> r.body(Map.of("associated_on_end", "2026-01-01T08:00:00+08:00")).post("/v2/partners/indirect-partners/query")),
                partner("query begin on 30 February", 400, "CBC.0100", r -> r.body(Map.of("associated_on_begin", "2026-02-30T00:00:00Z")).post("/v2/partners/indirect-partners/query")),
                partner("query begin after end", 400, "CBC.0100", r -> r.body(Map.of("associated_on_begin", "2026-03-01T00:00:00Z", "associated_on_end", "2026-02-01T00:00:00Z")).post("/v2/partners/indirect-partners/query")),
                partner("query begin a number", 400, "CBC.0101", r -> r.body(Map.of("associated_on_begin", 20260101)).post("/v2/partners/indirect-partners/query")),
                partner("query account name of 129 characters", 400, "CBC.0100", r -> r.body(Map.of("account_name", "a".repeat(129))).post("/v2/partners/indirect-partners/query")),
                partner("query without body", 400, "CBC.0101", r -> r.post("/v2/partners/indirect-partners/query")),
                partner("query body malformed", 400, "CBC.0100", r -> r.body("{\"limit\":").post("/v2/partners/indirect-partners/query")),
                partner("certificate id not a UUID", 404, "CBC.91002006", r -> r.get("/v2/partners/{id}/certificates/{cid}", owner(), "not-a-uuid")),
                partner("certificate PDF of an id not a UUID", 404, "CBC.91002006", r -> r.get("/v2/partners/{id}/certificates/{cid}/pdf", owner(), "x'; DROP TABLE partner;--")),
                partner("unknown certificate", 404, "CBC.91002006", r -> r.get("/v2/partners/{id}/certificates/{cid}", owner(), UUID.randomUUID())),
                partner("certificates of an unregistered partner", 404, "CBC.91001001", r -> r.auth().oauth2(Tokens.partner("unregistered-1")).get("/v2/partners/{id}/certificates", "unregistered-1")),
                anonymous("verification without number", 400, "CBC.0101", r -> r.get("/v2/partners/certificates/verification")),
                anonymous("verification with a blank number", 400, "CBC.0101", r -> r.queryParam("certificate_number", "  ").get("/v2/partners/certificates/verification")),
                anonymous("verification with 41 characters", 400, "CBC.0100", r -> r.queryParam("certificate_number", "H".repeat(41)).get("/v2/partners/certificates/verification")),
                anonymous("verification with POST", 405, "CBC.91000002", r -> r.post("/v2/partners/certificates/verification")),
                anonymous("catalogue without a token", 401, "CBC.0154", r -> r.get("/v2/partners/programs")),
                anonymous("joined programs without a token", 401, "CBC.0154", r -> r.get("/v2/partners/{id}/programs", owner())),
                anonymous("status with an expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(owner())).body(Map.of("status", "EXITED", "reason", "x")).put("/v2/partners/{id}/status", owner())),
                anonymous("query with a garbage token", 401, "CBC.0154", r -> r.auth().oauth2("abc.def.ghi").body(Map.of()).post("/v2/partners/indirect-partners/query")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));

        CbcAssertions.assertCbcError(description, response, expected.status(), expected.code());
    }

    private static Arguments partner(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.partner(owner())))));
    }

    private static Arguments operator(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.operator()))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }

    /** A registered partner to aim the per-partner operations at (registered on first use). */
    private static synchronized String owner() {
        if (!ownerRegistered) {
            PartnerTestApi.register(OWNER).statusCode(201);
            ownerRegistered = true;
        }
        return OWNER;
    }
}
