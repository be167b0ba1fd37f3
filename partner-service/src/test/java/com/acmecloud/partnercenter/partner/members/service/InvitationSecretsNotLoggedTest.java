package com.acmecloud.partnercenter.partner.members.service;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.members.rest.MemberTestApi;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.NoBlockedEventLoop;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invitation tokens are secrets: none reaches the log, whatever happens to the invitation. The local stack reads a
 * link from the dev outbox instead ({@code partnercenter.dev-outbox.enabled}, on in the test
 * profile, off by default).
 */
@QuarkusTest
class InvitationSecretsNotLoggedTest {

    @Test
    void noIssuedTokenAppearsInTheLog() throws Exception {
        String partnerId = registeredPartner();
        List<String> tokens = new ArrayList<>();
        String person = MemberTestApi.newPerson();
        List<ExtractableResponse<Response>> sent = List.of(
                MemberTestApi.invite(partnerId, "EMAIL", MemberTestApi.emailOf(person)).statusCode(201).extract(),
                MemberTestApi.invite(partnerId, "PHONE", "+86-13900000000").statusCode(201).extract(),
                MemberTestApi.invite(partnerId, "ACCOUNT_NAME", "wang_wu").statusCode(201).extract(),
                MemberTestApi.invite(partnerId, "EMAIL", "revoked-" + UUID.randomUUID() + "@example.com")
                        .statusCode(201).extract());
        sent.forEach(answer -> tokens.add(answer.path("token")));

        MemberTestApi.accept(person, tokens.get(0)).statusCode(201);
        MemberTestApi.decline(MemberTestApi.newPerson(), tokens.get(1)).statusCode(200);
        as(Tokens.partner(partnerId)).post("/v2/partners/{id}/member-invitations/{iid}/revoke", partnerId,
                sent.get(3).<String>path("invitation_id")).then().statusCode(200);
        MemberTestApi.accept(MemberTestApi.newPerson(), tokens.get(3)).statusCode(400);
        // the link as the local stack reads it: from the dev outbox, not from a log
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/member-invitations/{iid}/dev-link", partnerId,
                        sent.get(2).<String>path("invitation_id"))
                .then().statusCode(200)
                .body("invitation_link", equalTo(sent.get(2).path("invitation_link")))
                .body("expires_at", equalTo(sent.get(2).path("expires_at")));

        String log = Files.readString(Path.of(NoBlockedEventLoop.LOG), StandardCharsets.UTF_8);
        assertThat(log).as("the test log").contains(sent.get(0).<String>path("invitation_id"));
        for (String token : tokens) {
            assertThat(token).hasSize(43);
            assertThat(log).as("the test log").doesNotContain(token);
        }
    }

    @Test
    void theDevMailboxServesOnlyThePartnersOwnLinks() {
        String partnerId = registeredPartner();
        String other = registeredPartner();
        String invitationId = MemberTestApi.invite(partnerId, "ACCOUNT_NAME", "zhao_liu").statusCode(201).extract()
                .path("invitation_id");

        CbcAssertions.assertCbcError("another partner's path", as(Tokens.partner(other))
                .get("/v2/partners/{id}/member-invitations/{iid}/dev-link", partnerId, invitationId), 403, "CBC.0150");
        CbcAssertions.assertCbcError("another partner's invitation", as(Tokens.partner(other))
                .get("/v2/partners/{id}/member-invitations/{iid}/dev-link", other, invitationId), 404, "CBC.91003001");
        CbcAssertions.assertCbcError("a malformed id", as(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/member-invitations/{iid}/dev-link", partnerId, "x"), 404, "CBC.91003001");
    }

    private static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        as(Tokens.partner(partnerId)).body(PartnerTestApi.registration("x-" + partnerId))
                .post("/v2/partners/registrations").then().statusCode(201);
        return partnerId;
    }
}
