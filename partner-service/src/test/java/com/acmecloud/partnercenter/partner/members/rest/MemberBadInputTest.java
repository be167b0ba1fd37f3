package com.acmecloud.partnercenter.partner.members.rest;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests to the member operations: always a CBC 4xx body with a request id, never a 5xx or internals. */
@QuarkusTest
class MemberBadInputTest {

    private static final String OWNER = Tokens.newPartnerId();
    private static final String PERSON = MemberTestApi.newPerson();
    private static boolean ownerRegistered;

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        String big = "x".repeat(10_000);
        String invitations = "/v2/partners/{id}/member-invitations";
        String certifications = "/v2/members/me/certifications";
        return Stream.of(
                partner("invite: malformed JSON", 400, "CBC.0100", r -> r.body("{\"invitee_type\": ").post(invitations, owner())),
                partner("invite: JSON array", 400, "CBC.0101", r -> r.body("[]").post(invitations, owner())),
                partner("invite: empty body", 400, "CBC.0101", r -> r.post(invitations, owner())),
                partner("invite: all fields missing", 400, "CBC.0101", r -> r.body("{}").post(invitations, owner())),
                partner("invite: invitee null", 400, "CBC.0101", r -> r.body("{\"invitee_type\":\"EMAIL\",\"invitee\":null}").post(invitations, owner())),
                partner("invite: unknown invitee_type", 400, "CBC.0101", r -> r.body(invite("FAX", "123")).post(invitations, owner())),
                partner("invite: invitee_type a number", 400, "CBC.0101", r -> r.body(Map.of("invitee_type", 1, "invitee", "a@b.cn")).post(invitations, owner())),
                partner("invite: invitee a number", 400, "CBC.0101", r -> r.body(Map.of("invitee_type", "PHONE", "invitee", 13800000000L)).post(invitations, owner())),
                partner("invite: invitee an object", 400, "CBC.0101", r -> r.body(Map.of("invitee_type", "EMAIL", "invitee", Map.of("a", 1))).post(invitations, owner())),
                partner("invite: invitee 10,000 characters", 400, "CBC.0100", r -> r.body(invite("ACCOUNT_NAME", big)).post(invitations, owner())),
                partner("invite: malformed e-mail", 400, "CBC.0100", r -> r.body(invite("EMAIL", "not-an-email")).post(invitations, owner())),
                partner("invite: non-China phone", 400, "CBC.0100", r -> r.body(invite("PHONE", "+1-2025550100")).post(invitations, owner())),
                partner("invite: phone with letters", 400, "CBC.0100", r -> r.body(invite("PHONE", "138abc00000")).post(invitations, owner())),
                partner("invite: account name of 4", 400, "CBC.0100", r -> r.body(invite("ACCOUNT_NAME", "abcd")).post(invitations, owner())),
                partner("invite: account name of 33", 400, "CBC.0100", r -> r.body(invite("ACCOUNT_NAME", "a".repeat(33))).post(invitations, owner())),
                partner("invite: e-mail typed as phone", 400, "CBC.0100", r -> r.body(invite("PHONE", "li.lei@example.com")).post(invitations, owner())),
                partner("invite: text/plain", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("hello").post(invitations, owner())),
                partner("invite: Idempotency-Key of 65", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(invite("EMAIL", "a@example.com")).post(invitations, owner())),
                partner("invitations: limit 0", 400, "CBC.0100", r -> r.queryParam("limit", 0).get(invitations, owner())),
                partner("invitations: limit 101", 400, "CBC.0100", r -> r.queryParam("limit", 101).get(invitations, owner())),
                partner("invitations: offset -1", 400, "CBC.0100", r -> r.queryParam("offset", -1).get(invitations, owner())),
                partner("invitations: limit abc", 400, "CBC.0100", r -> r.queryParam("limit", "abc").get(invitations, owner())),
                partner("revoke: id not a UUID", 404, "CBC.91003001", r -> r.post(invitations + "/{iid}/revoke", owner(), "not-a-uuid")),
                partner("revoke: unknown id", 404, "CBC.91003001", r -> r.post(invitations + "/{iid}/revoke", owner(), "00000000-0000-0000-0000-000000000000")),
                partner("members: limit abc", 400, "CBC.0100", r -> r.queryParam("limit", "abc").get("/v2/partners/{id}/members", owner())),
                partner("members: offset 40,000,001", 400, "CBC.0100", r -> r.queryParam("offset", 40_000_001).get("/v2/partners/{id}/members", owner())),
                partner("remove: id not a UUID", 404, "CBC.91003007", r -> r.delete("/v2/partners/{id}/members/{mid}", owner(), "'; DROP TABLE partner_member; --")),
                partner("remove: unknown id", 404, "CBC.91003007", r -> r.delete("/v2/partners/{id}/members/{mid}", owner(), "00000000-0000-0000-0000-000000000000")),
                partner("member certifications: id not a UUID", 404, "CBC.91003007", r -> r.get("/v2/partners/{id}/members/{mid}/certifications", owner(), "x")),
                partner("member certifications: limit 101", 400, "CBC.0100", r -> r.queryParam("limit", 101).get("/v2/partners/{id}/members/{mid}/certifications", owner(), "00000000-0000-0000-0000-000000000000")),
                partner("partner certifications: limit 0", 400, "CBC.0100", r -> r.queryParam("limit", 0).get("/v2/partners/{id}/member-certifications", owner())),
                person("record: malformed JSON", 400, "CBC.0100", r -> r.body("{\"level\": \"HCIA\",").post(certifications)),
                person("record: all fields missing", 400, "CBC.0101", r -> r.body("{}").post(certifications)),
                person("record: unknown level", 400, "CBC.0101", r -> r.body(certification("level", "HCIX")).post(certifications)),
                person("record: level a number", 400, "CBC.0101", r -> r.body(certification("level", 3)).post(certifications)),
                person("record: valid_from not a date", 400, "CBC.0101", r -> r.body(certification("valid_from", "yesterday")).post(certifications)),
                person("record: valid_to a boolean", 400, "CBC.0101", r -> r.body(certification("valid_to", true)).post(certifications)),
                person("record: valid_to missing", 400, "CBC.0101", r -> r.body(without("valid_to")).post(certifications)),
                person("record: track 10,000 characters", 400, "CBC.0100", r -> r.body(certification("track", big)).post(certifications)),
                person("record: track blank", 400, "CBC.0101", r -> r.body(certification("track", "  ")).post(certifications)),
                person("record: certificate number with spaces", 400, "CBC.0100", r -> r.body(certification("certificate_number", "HC IA 1")).post(certifications)),
                person("record: certificate number a number", 400, "CBC.0101", r -> r.body(certification("certificate_number", 123456)).post(certifications)),
                person("record: certificate number 10,000 characters", 400, "CBC.0100", r -> r.body(certification("certificate_number", big)).post(certifications)),
                person("record: body over 1 MiB", 413, "CBC.91000004", r -> r.body(certification("track", "y".repeat(1_100_000))).post(certifications)),
                person("my certifications: limit abc", 400, "CBC.0100", r -> r.queryParam("limit", "abc").get(certifications)),
                person("accept: malformed token", 404, "CBC.91003001", r -> r.post("/v2/members/invitations/{t}/accept", "%3Cscript%3E")),
                person("accept: 500-character token", 404, "CBC.91003001", r -> r.post("/v2/members/invitations/{t}/accept", "a".repeat(500))),
                person("accept: Idempotency-Key with spaces", 400, "CBC.0100", r -> r.header("Idempotency-Key", "a b").post("/v2/members/invitations/{t}/accept", "A".repeat(43))),
                person("decline: unknown token", 404, "CBC.91003001", r -> r.post("/v2/members/invitations/{t}/decline", "B".repeat(43))),
                person("leave: not a member", 400, "CBC.91003008", r -> r.post("/v2/members/me/leave")),
                person("me: not a member", 400, "CBC.91003008", r -> r.get("/v2/members/me")),
                anonymous("accept without a token", 401, "CBC.0154", r -> r.post("/v2/members/invitations/{t}/accept", "A".repeat(43))),
                anonymous("record with an expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(owner())).body(certification("track", "x")).post(certifications)),
                anonymous("invite as a person", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.member(PERSON)).body(invite("EMAIL", "a@example.com")).post(invitations, owner())),
                anonymous("record as a partner", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.partner(owner())).body(certification("track", "x")).post(certifications)),
                anonymous("record as an operator", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.operator()).body(certification("track", "x")).post(certifications)));
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

    private static Arguments person(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.member(PERSON)))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }

    private static synchronized String owner() {
        if (!ownerRegistered) {
            PartnerTestApi.register(OWNER).statusCode(201);
            ownerRegistered = true;
        }
        return OWNER;
    }

    private static Map<String, Object> invite(String type, String invitee) {
        return Map.of("invitee_type", type, "invitee", invitee);
    }

    private static Map<String, Object> certification(String field, Object value) {
        Map<String, Object> body = new HashMap<>(Map.of("level", "HCIA", "track", "Cloud Service",
                "certificate_number", MemberTestApi.newCertificateNumber(),
                "valid_from", "2024-03-01T00:00:00Z", "valid_to", "2030-03-01T00:00:00Z"));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> without(String field) {
        Map<String, Object> body = certification("track", "Cloud Service");
        body.remove(field);
        return body;
    }
}
