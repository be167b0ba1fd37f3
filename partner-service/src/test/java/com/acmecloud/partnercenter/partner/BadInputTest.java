package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, oversized, mistyped, unauthenticated and foreign requests: every one gets a CBC 4xx body with
 * a request id, never a 5xx, and never anything internal.
 */
@QuarkusTest
class BadInputTest {

    private static final String OWNER = Tokens.newPartnerId();
    private static boolean ownerRegistered;

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        String bigString = "x".repeat(10_000);
        String nested = "[".repeat(1_200) + "]".repeat(1_200);
        return Stream.of(
                bad("malformed JSON", 400, "CBC.0100", r -> r.body("{\"company_name\": ").post("/v2/partners/registrations")),
                bad("JSON array instead of object", 400, "CBC.0101", r -> r.body("[]").post("/v2/partners/registrations")),
                bad("JSON string instead of object", 400, "CBC.0101", r -> r.body("\"hello\"").post("/v2/partners/registrations")),
                bad("empty body", 400, "CBC.0101", r -> r.post("/v2/partners/registrations")),
                bad("empty object: all fields missing", 400, "CBC.0101", r -> r.body("{}").post("/v2/partners/registrations")),
                bad("company_name is a number", 400, "CBC.0101", r -> r.body(with("company_name", 123)).post("/v2/partners/registrations")),
                bad("company_name is a boolean", 400, "CBC.0101", r -> r.body(with("company_name", true)).post("/v2/partners/registrations")),
                bad("company_name is an object", 400, "CBC.0101", r -> r.body(with("company_name", Map.of("a", 1))).post("/v2/partners/registrations")),
                bad("company_name is deeply nested", 400, "CBC.0101", r -> r.body("{\"company_name\":" + nested + "}").post("/v2/partners/registrations")),
                bad("contact_email malformed", 400, "CBC.0100", r -> r.body(with("contact_email", "not-an-email")).post("/v2/partners/registrations")),
                bad("country_code lower case", 400, "CBC.0100", r -> r.body(with("country_code", "cn")).post("/v2/partners/registrations")),
                bad("country_code alpha-3", 400, "CBC.0100", r -> r.body(with("country_code", "CHN")).post("/v2/partners/registrations")),
                bad("company_name 10,000 characters", 400, "CBC.0100", r -> r.body(with("company_name", bigString)).post("/v2/partners/registrations")),
                bad("xaccount_id 129 characters", 400, "CBC.0100", r -> r.body(with("xaccount_id", "a".repeat(129))).post("/v2/partners/registrations")),
                bad("xaccount_id with spaces", 400, "CBC.0100", r -> r.body(with("xaccount_id", "a b")).post("/v2/partners/registrations")),
                bad("contact_phone letters", 400, "CBC.0100", r -> r.body(with("contact_phone", "call me")).post("/v2/partners/registrations")),
                bad("body over 1 MiB", 413, "CBC.91000004", r -> r.body(with("company_name", "y".repeat(1_100_000))).post("/v2/partners/registrations")),
                bad("text/plain body", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("hello").post("/v2/partners/registrations")),
                bad("Idempotency-Key of 65 characters", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(with("xaccount_id", "idem-long")).post("/v2/partners/registrations")),
                bad("unknown program enum", 400, "CBC.0101", r -> r.body(Map.of("program", "PLATINUM")).post("/v2/partners/{id}/program-applications", owner())),
                bad("program is a number", 400, "CBC.0101", r -> r.body(Map.of("program", 1)).post("/v2/partners/{id}/program-applications", owner())),
                bad("program null", 400, "CBC.0101", r -> r.body("{\"program\":null}").post("/v2/partners/{id}/program-applications", owner())),
                bad("five attachments", 400, "CBC.0100", r -> r.body(realName(List.of("a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg"))).post("/v2/partners/{id}/real-name-auths", owner())),
                bad("attachment path traversal", 400, "CBC.0100", r -> r.body(realName(List.of("../../etc/passwd.jpg"))).post("/v2/partners/{id}/real-name-auths", owner())),
                bad("attachment of a forbidden format", 400, "CBC.0100", r -> r.body(realName(List.of("tool.exe"))).post("/v2/partners/{id}/real-name-auths", owner())),
                bad("attachments is a string", 400, "CBC.0101", r -> r.body(Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Z", "attachment_refs", "a.jpg")).post("/v2/partners/{id}/real-name-auths", owner())),
                bad("verification code with letters", 400, "CBC.0100", r -> r.body(Map.of("verification_code", "12ab56")).post("/v2/partners/{id}/email-binding", owner())),
                bad("verification code as a number", 400, "CBC.0101", r -> r.body(Map.of("verification_code", 123456)).post("/v2/partners/{id}/email-binding", owner())),
                bad("review result unknown", 400, "CBC.0101", r -> r.auth().oauth2(Tokens.operator()).body(Map.of("result", "MAYBE")).post("/v2/partners/{id}/real-name-auths/{sid}/review", owner(), "00000000-0000-0000-0000-000000000000")),
                bad("paging limit 0", 400, "CBC.0100", r -> r.auth().oauth2(Tokens.operator()).queryParam("limit", 0).get("/v2/partners")),
                bad("paging limit 101", 400, "CBC.0100", r -> r.auth().oauth2(Tokens.operator()).queryParam("limit", 101).get("/v2/partners")),
                bad("paging offset -1", 400, "CBC.0100", r -> r.auth().oauth2(Tokens.operator()).queryParam("offset", -1).get("/v2/partners")),
                bad("paging limit not a number", 400, "CBC.0100", r -> r.auth().oauth2(Tokens.operator()).queryParam("limit", "abc").get("/v2/partners")),
                bad("status filter unknown", 400, "CBC.0100", r -> r.auth().oauth2(Tokens.operator()).queryParam("status", "LOST").get("/v2/partners/real-name-auths")),
                unauthenticated("no token", 401, "CBC.0154", r -> r.body(registration()).post("/v2/partners/registrations")),
                unauthenticated("expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(owner())).get("/v2/partners/{id}", owner())),
                unauthenticated("token of another issuer", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.wrongIssuer(owner())).get("/v2/partners/{id}", owner())),
                unauthenticated("garbage token", 401, "CBC.0154", r -> r.auth().oauth2("abc.def.ghi").get("/v2/partners/{id}", owner())),
                unauthenticated("expired X-Auth-Token", 401, "CBC.0154", r -> r.header("X-Auth-Token", Tokens.expiredPartner(owner())).get("/v2/partners/{id}", owner())),
                unauthenticated("foreign partner's object", 403, "CBC.0150", r -> r.auth().oauth2(Tokens.partner(Tokens.newPartnerId())).get("/v2/partners/{id}", owner())),
                unauthenticated("partner on an operator operation", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.partner(owner())).get("/v2/partners")),
                unauthenticated("role the suite does not know", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.unknownRole(owner())).get("/v2/partners/{id}", owner())),
                unauthenticated("partner token without partner_id", 403, "CBC.91001003", r -> r.auth().oauth2(Tokens.partnerWithoutPartnerId()).body(registration()).post("/v2/partners/registrations")),
                bad("unknown path", 404, "CBC.91000001", r -> r.get("/v2/nothing-here")),
                bad("wrong method", 405, "CBC.91000002", r -> r.delete("/v2/partners/registrations")),
                bad("wrong method on a nested path", 405, "CBC.91000002", r -> r.get("/v2/partners/{id}/email-binding", owner())),
                bad("wrong method on a member path", 405, "CBC.91000002", r -> r.put("/v2/partners/{id}/members", owner())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));

        CbcAssertions.assertCbcError(description, response, expected.status(), expected.code());
    }

    private static Arguments bad(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code,
                r -> call.apply(r.auth().oauth2(Tokens.partner(owner())))));
    }

    private static Arguments unauthenticated(String description, int status, String code,
                                             Function<RequestSpecification, Response> call) {
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

    private static Map<String, Object> registration() {
        return PartnerTestApi.registration("bad-input-" + Tokens.newPartnerId());
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(registration());
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> realName(List<String> attachments) {
        return Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Zhang San", "attachment_refs", attachments);
    }
}
