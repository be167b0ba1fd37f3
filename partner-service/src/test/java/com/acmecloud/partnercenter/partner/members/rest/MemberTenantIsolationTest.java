package com.acmecloud.partnercenter.partner.members.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.join;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newCertificateNumber;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newPerson;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.recordCertification;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every member operation that names a partner or an object id: another partner's token gets 403 CBC.0150
 * (a person's token 403 CBC.0151); another partner's object id under one's own partner id is "not found"; nothing changes.
 */
@QuarkusTest
class MemberTenantIsolationTest {

    record Call(String method, String path, Object body) {
    }

    @Test
    void anotherPartnerCannotReadOrChangeMembersOrInvitations() {
        String victim = Tokens.newPartnerId();
        String intruder = Tokens.newPartnerId();
        PartnerTestApi.register(victim).statusCode(201);
        PartnerTestApi.register(intruder).statusCode(201);
        String person = newPerson();
        String memberId = join(victim, person);
        recordCertification(person, newCertificateNumber());
        String pendingId = MemberTestApi.invite(victim, "EMAIL", "pending@example.com").statusCode(201)
                .extract().path("invitation_id");

        List<Call> foreignPartner = List.of(
                new Call("POST", "/v2/partners/" + victim + "/member-invitations",
                        Map.of("invitee_type", "EMAIL", "invitee", "mallory@example.com")),
                new Call("GET", "/v2/partners/" + victim + "/member-invitations", null),
                new Call("POST", "/v2/partners/" + victim + "/member-invitations/" + pendingId + "/revoke", null),
                new Call("GET", "/v2/partners/" + victim + "/members", null),
                new Call("DELETE", "/v2/partners/" + victim + "/members/" + memberId, null),
                new Call("GET", "/v2/partners/" + victim + "/members/" + memberId + "/certifications", null),
                new Call("GET", "/v2/partners/" + victim + "/member-certifications", null));
        for (Call call : foreignPartner) {
            send(Tokens.partner(intruder), call).then().statusCode(403).body("error_code", equalTo("CBC.0150"));
        }
        // a person, even the victim's own member, has the wrong role for partner operations
        for (String token : List.of(Tokens.member(newPerson()), Tokens.member(person))) {
            for (Call call : foreignPartner) {
                send(token, call).then().statusCode(403).body("error_code", equalTo("CBC.0151"));
            }
        }

        // the victim's ids under the intruder's own partner id: not found, never the victim's data
        List<Call> foreignIds = List.of(
                new Call("POST", "/v2/partners/" + intruder + "/member-invitations/" + pendingId + "/revoke", null),
                new Call("DELETE", "/v2/partners/" + intruder + "/members/" + memberId, null),
                new Call("GET", "/v2/partners/" + intruder + "/members/" + memberId + "/certifications", null));
        for (Call call : foreignIds) {
            String code = call.path().contains("/member-invitations/") ? "CBC.91003001" : "CBC.91003007";
            send(Tokens.partner(intruder), call).then().statusCode(404).body("error_code", equalTo(code));
        }
        as(Tokens.partner(intruder)).get("/v2/partners/{id}/member-certifications", intruder).then()
                .statusCode(200).body("total_count", equalTo(0));
        as(Tokens.partner(intruder)).get("/v2/partners/{id}/members", intruder).then()
                .statusCode(200).body("total_count", equalTo(0));

        // partner tokens cannot act as a person
        for (Call call : List.of(
                new Call("POST", "/v2/members/invitations/" + "A".repeat(43) + "/accept", null),
                new Call("POST", "/v2/members/invitations/" + "A".repeat(43) + "/decline", null),
                new Call("GET", "/v2/members/me", null),
                new Call("POST", "/v2/members/me/leave", null),
                new Call("GET", "/v2/members/me/certifications", null))) {
            send(Tokens.partner(intruder), call).then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        }

        // the victim is untouched
        as(Tokens.partner(victim)).get("/v2/partners/{id}/member-invitations", victim).then()
                .body("total_count", equalTo(2))
                .body("invitations.find { it.invitation_id == '" + pendingId + "' }.status", equalTo("PENDING"));
        as(Tokens.partner(victim)).get("/v2/partners/{id}/members", victim).then()
                .body("total_count", equalTo(1)).body("members[0].member_id", equalTo(memberId));
        as(Tokens.partner(victim)).get("/v2/partners/{id}/members/{mid}/certifications", victim, memberId).then()
                .statusCode(200).body("total_count", equalTo(1));
        // operators may read
        given().auth().oauth2(Tokens.operator()).get("/v2/partners/{id}/members", victim).then()
                .statusCode(200).body("total_count", equalTo(1));
    }

    private static Response send(String token, Call call) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (call.body() != null) {
            request.body(call.body());
        }
        return request.request(call.method(), call.path());
    }
}
