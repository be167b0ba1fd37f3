package com.acmecloud.partnercenter.partner.members.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Members and personal certifications as a test sees them: real HTTP, real tokens. */
public final class MemberTestApi {

    private MemberTestApi() {
    }

    public static String newPerson() {
        return "person-" + UUID.randomUUID();
    }

    public static ValidatableResponse invite(String partnerId, String type, String invitee) {
        return as(Tokens.partner(partnerId)).body(Map.of("invitee_type", type, "invitee", invitee))
                .post("/v2/partners/{id}/member-invitations", partnerId).then();
    }

    /** The e-mail address a test person's token carries ({@link #person(String)}). */
    public static String emailOf(String person) {
        return person + "@example.com";
    }

    /** The person's token, with the e-mail claim {@link #emailOf(String)}. */
    public static String person(String person) {
        return Tokens.member(person, emailOf(person));
    }

    /** Invites someone nobody in the test is (a random e-mail) and returns the token. */
    public static String inviteToken(String partnerId) {
        return invite(partnerId, "EMAIL", "someone-" + UUID.randomUUID() + "@example.com")
                .statusCode(201).extract().path("token");
    }

    /** Invites the person by its e-mail and returns the token. */
    public static String inviteToken(String partnerId, String person) {
        return invite(partnerId, "EMAIL", emailOf(person)).statusCode(201).extract().path("token");
    }

    public static ValidatableResponse accept(String person, String token) {
        return as(person(person)).post("/v2/members/invitations/{token}/accept", token).then();
    }

    public static ValidatableResponse decline(String person, String token) {
        return as(person(person)).post("/v2/members/invitations/{token}/decline", token).then();
    }

    /** Invites the person by e-mail, who accepts; returns the member id. */
    public static String join(String partnerId, String person) {
        return accept(person, inviteToken(partnerId, person)).statusCode(201).extract().path("member_id");
    }

    public static ValidatableResponse leave(String person) {
        return as(Tokens.member(person)).post("/v2/members/me/leave").then();
    }

    public static ValidatableResponse remove(String partnerId, String memberId) {
        return as(Tokens.partner(partnerId)).delete("/v2/partners/{id}/members/{mid}", partnerId, memberId).then();
    }

    public static Map<String, Object> certification(String level, String number, Instant validTo) {
        return Map.of("level", level, "track", "Cloud Service", "certificate_number", number,
                "valid_from", Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "valid_to", validTo.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    public static String newCertificateNumber() {
        return "HCIP-CS-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Records an HCIP certification valid for another year; returns its id. */
    public static String recordCertification(String person, String number) {
        return as(Tokens.member(person))
                .body(certification("HCIP", number, Instant.now().plus(365, ChronoUnit.DAYS)))
                .post("/v2/members/me/certifications").then().statusCode(201).extract().path("certification_id");
    }

    public static ValidatableResponse memberCertifications(String partnerId, String memberId) {
        return as(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/members/{mid}/certifications", partnerId, memberId).then();
    }

    public static ValidatableResponse partnerCertifications(String partnerId) {
        return as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-certifications", partnerId).then();
    }
}
