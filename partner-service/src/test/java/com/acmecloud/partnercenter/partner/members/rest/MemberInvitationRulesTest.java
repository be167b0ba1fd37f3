package com.acmecloud.partnercenter.partner.members.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.accept;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.decline;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.invite;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.inviteToken;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.join;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.leave;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newPerson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Domain rule 3 (7-day link, 100 per partner per rolling 24 h, single use) and one partner at a time. */
@QuarkusTest
class MemberInvitationRulesTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        return partnerId;
    }

    @Test
    void anInvitationAnswersWithAnUnguessableSingleUseLinkValidForSevenDays() {
        String partnerId = registeredPartner();
        var created = invite(partnerId, "PHONE", "+86-13800000000").statusCode(201)
                .body("partner_id", equalTo(partnerId))
                .body("invitee_type", equalTo("PHONE"))
                .body("status", equalTo("PENDING"))
                .body("token", matchesPattern("^[A-Za-z0-9_-]{43}$"))
                .extract();
        String token = created.path("token");
        assertThat(created.<String>path("invitation_link")).isEqualTo("/v2/members/invitations/" + token);
        Instant createdAt = Instant.parse(created.path("created_at"));
        assertThat(Instant.parse(created.<String>path("expires_at"))).isEqualTo(createdAt.plus(Duration.ofDays(7)));

        // tokens are never listed again
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations", partnerId).then().statusCode(200)
                .body("total_count", equalTo(1))
                .body("invitations[0].invitation_id", equalTo(created.path("invitation_id")))
                .body("invitations[0].token", nullValue());

        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            tokens.add(inviteToken(partnerId));
        }
        assertThat(tokens).hasSize(5);
    }

    @Test
    void anInvitationCanBeAcceptedJustBeforeSevenDaysButNotAfter() {
        String partnerId = registeredPartner();
        String earlyPerson = newPerson();
        String latePerson = newPerson();
        String early = inviteToken(partnerId, earlyPerson);
        String late = inviteToken(partnerId, latePerson);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        accept(earlyPerson, early).statusCode(201).body("partner_id", equalTo(partnerId));

        clock.advance(Duration.ofMinutes(1));
        accept(latePerson, late).statusCode(400).body("error_code", equalTo("CBC.91003002"));
        decline(latePerson, late).statusCode(400).body("error_code", equalTo("CBC.91003002"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations", partnerId).then()
                .body("invitations.status", org.hamcrest.Matchers.containsInAnyOrder("EXPIRED", "ACCEPTED"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/members", partnerId).then()
                .body("total_count", equalTo(1));
    }

    @Test
    void theHundredAndFirstInvitationWithin24HoursIsRefusedEvenWhenSomeWereRevoked() {
        String partnerId = registeredPartner();
        String firstId = invite(partnerId, "ACCOUNT_NAME", "member_0").statusCode(201).extract().path("invitation_id");
        as(Tokens.partner(partnerId)).post("/v2/partners/{id}/member-invitations/{iid}/revoke", partnerId, firstId)
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        for (int i = 1; i < 100; i++) {
            invite(partnerId, "ACCOUNT_NAME", "member_" + i).statusCode(201);
        }
        invite(partnerId, "EMAIL", "one-too-many@example.com").statusCode(400)
                .body("error_code", equalTo("CBC.91003005"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations", partnerId).then()
                .body("total_count", equalTo(100));

        // another partner is not affected
        invite(registeredPartner(), "EMAIL", "other@example.com").statusCode(201);

        // rolling window: 24 hours after the burst there is room again
        clock.advance(Duration.ofHours(24).plusSeconds(5));
        invite(partnerId, "EMAIL", "next-day@example.com").statusCode(201);
    }

    @Test
    void anInvitationIsUsedOnce() {
        String partnerId = registeredPartner();
        String accepter = newPerson();
        String accepted = inviteToken(partnerId, accepter);
        accept(accepter, accepted).statusCode(201);
        accept(accepter, accepted).statusCode(400).body("error_code", equalTo("CBC.91003003"));
        accept(newPerson(), accepted).statusCode(400).body("error_code", equalTo("CBC.91003003"));
        decline(newPerson(), accepted).statusCode(400).body("error_code", equalTo("CBC.91003003"));

        String decliner = newPerson();
        String declined = inviteToken(partnerId, decliner);
        decline(decliner, declined).statusCode(200).body("status", equalTo("DECLINED"));
        accept(decliner, declined).statusCode(400).body("error_code", equalTo("CBC.91003003"));
        decline(decliner, declined).statusCode(400).body("error_code", equalTo("CBC.91003003"));

        var revoked = invite(partnerId, "EMAIL", "revoked@example.com").statusCode(201).extract();
        as(Tokens.partner(partnerId)).post("/v2/partners/{id}/member-invitations/{iid}/revoke", partnerId,
                revoked.<String>path("invitation_id")).then().statusCode(200);
        accept(newPerson(), revoked.path("token")).statusCode(400).body("error_code", equalTo("CBC.91003004"));
        as(Tokens.partner(partnerId)).post("/v2/partners/{id}/member-invitations/{iid}/revoke", partnerId,
                revoked.<String>path("invitation_id")).then().statusCode(400).body("error_code", equalTo("CBC.91003004"));

        accept(newPerson(), "A".repeat(43)).statusCode(404).body("error_code", equalTo("CBC.91003001"));
        accept(newPerson(), "not-a-token").statusCode(404).body("error_code", equalTo("CBC.91003001"));

        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/members", partnerId).then()
                .body("total_count", equalTo(1)).body("members", hasSize(1));
    }

    @Test
    void anEmailInvitationIsUsedOnlyByTheInvitedAddress() {
        String partnerId = registeredPartner();
        String invitee = "Li.Lei-" + UUID.randomUUID() + "@Example.COM";
        String token = invite(partnerId, "EMAIL", invitee).statusCode(201).extract().path("token");
        String intruder = newPerson();

        for (String foreignToken : List.of(MemberTestApi.person(intruder), Tokens.member(intruder))) {
            Response accepted = as(foreignToken).post("/v2/members/invitations/{token}/accept", token);
            CbcAssertions.assertCbcError("accept by another address", accepted, 403, "CBC.91003010");
            assertThat(accepted.jsonPath().getString("error_msg"))
                    .isEqualTo(CbcError.MEMBER_INVITATION_FOR_ANOTHER_EMAIL.message());
            CbcAssertions.assertCbcError("decline by another address",
                    as(foreignToken).post("/v2/members/invitations/{token}/decline", token), 403, "CBC.91003010");
        }
        as(Tokens.member(intruder)).get("/v2/members/me").then().statusCode(400)
                .body("error_code", equalTo("CBC.91003008"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations", partnerId).then()
                .body("invitations[0].status", equalTo("PENDING"));

        // the invited address, whatever its case, accepts
        String invited = newPerson();
        as(Tokens.member(invited, invitee.toLowerCase(java.util.Locale.ROOT)))
                .post("/v2/members/invitations/{token}/accept", token)
                .then().statusCode(201).body("partner_id", equalTo(partnerId)).body("person", equalTo(invited));
    }

    @Test
    void aPersonIsAMemberOfOnePartnerAtATime() {
        String first = registeredPartner();
        String second = registeredPartner();
        String person = newPerson();
        String memberId = join(first, person);
        as(Tokens.member(person)).get("/v2/members/me").then().statusCode(200)
                .body("partner_id", equalTo(first)).body("member_id", equalTo(memberId));

        String secondToken = inviteToken(second, person);
        accept(person, secondToken).statusCode(400).body("error_code", equalTo("CBC.91003006"));
        accept(person, inviteToken(first, person)).statusCode(400).body("error_code", equalTo("CBC.91003006"));
        as(Tokens.partner(second)).get("/v2/partners/{id}/members", second).then().body("total_count", equalTo(0));

        // the refused invitation is still usable once the person has left
        leave(person).statusCode(200).body("status", equalTo("LEFT"));
        leave(person).statusCode(400).body("error_code", equalTo("CBC.91003008"));
        accept(person, secondToken).statusCode(201).body("partner_id", equalTo(second));
        as(Tokens.partner(first)).get("/v2/partners/{id}/members", first).then().body("total_count", equalTo(0));
        as(Tokens.partner(second)).get("/v2/partners/{id}/members", second).then()
                .body("total_count", equalTo(1)).body("members[0].person", equalTo(person));
    }

    @Test
    void acceptingWithAnIdempotencyKeyReplaysTheAnswer() {
        String partnerId = registeredPartner();
        String person = newPerson();
        String token = inviteToken(partnerId, person);
        String memberId = as(MemberTestApi.person(person)).header("Idempotency-Key", "accept-1")
                .post("/v2/members/invitations/{token}/accept", token)
                .then().statusCode(201).extract().path("member_id");
        as(MemberTestApi.person(person)).header("Idempotency-Key", "accept-1")
                .post("/v2/members/invitations/{token}/accept", token)
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("member_id", equalTo(memberId));
        var body = Map.of("invitee_type", "EMAIL", "invitee", "idem@example.com");
        String invitationId = as(Tokens.partner(partnerId)).header("Idempotency-Key", "invite-1").body(body)
                .post("/v2/partners/{id}/member-invitations", partnerId).then().statusCode(201).extract().path("invitation_id");
        as(Tokens.partner(partnerId)).header("Idempotency-Key", "invite-1").body(body)
                .post("/v2/partners/{id}/member-invitations", partnerId).then().statusCode(201)
                .body("invitation_id", equalTo(invitationId));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations", partnerId).then()
                .body("total_count", equalTo(2));
    }
}
