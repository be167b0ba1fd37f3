package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.invite;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.inviteCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newEmail;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newSubject;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.preview;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.proven;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.register;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.statusOf;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.withdraw;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.deals.DealsTestApi;
import com.acmecloud.partnercenter.customer.deals.service.DealRegistrationReleaseJob;
import com.acmecloud.partnercenter.customer.deals.service.RecordedInvitationEmails;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rules 7-10: inviting registered prospects, the invitation's validity and single use, accepting it. */
@QuarkusTest
class InvitationTest {

    @Inject
    RecordedInvitationEmails emails;

    @Inject
    TestClock clock;

    @Inject
    SubCustomerRepository customers;

    @Inject
    AssociationHistoryRepository history;

    @Inject
    DealRegistrationReleaseJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPersonWithoutAnAccountSignsUpAndIsAssociatedInTheInvitedMode() {
        String partner = registeredPartner();
        String mobile = newMobile();
        String registration = registerMobile(partner, mobile);
        String code = inviteCode(partner, registration, "OFFLINE", 1);
        String subject = newSubject();

        preview(Tokens.customerWithoutAccount(subject), code).statusCode(200)
                .body("partner_id", equalTo(partner)).body("association_type", equalTo("1"))
                .body("channel", equalTo("OFFLINE")).body("expires_at", nullValue())
                .body("sign_up_allowed", equalTo(true));
        String domainName = "inv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String customerId = accept(Tokens.customerWithoutAccount(subject), code,
                proven(Tokens.customerWithoutAccount(subject), code,
                        body("domain_name", domainName, "mobile_phone", mobile, "password", "Secret-2026")))
                .statusCode(200)
                .body("partner_id", equalTo(partner)).body("association_type", equalTo("1"))
                .body("domain_name", equalTo(domainName)).body("associated_on", notNullValue())
                .extract().path("customer_id");

        SubCustomer account = Tx.call(() -> customers.findById(customerId));
        assertThat(account.origin).isEqualTo(SubCustomer.Origin.SELF_SIGNUP);
        assertThat(account.ownerSubject).isEqualTo(subject);
        assertThat(account.mobilePhone).isEqualTo(mobile);
        assertThat(account.xaccountId).isNull();
        List<AssociationHistory> rows = Tx.call(() -> history.ofCustomer(customerId));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action).isEqualTo(Action.ASSOCIATED);
            assertThat(row.initiatedBy).isEqualTo(Initiator.CUSTOMER);
            assertThat(row.actor).isEqualTo(subject);
            assertThat(row.associationType).isEqualTo((short) 1);
        });
        assertThat(statusOf(partner, registration)).isEqualTo("CONVERTED");
        query(partner, Map.of("customer_id", customerId)).statusCode(200).body("count", equalTo(1))
                .body("customer_infos[0].association_type", equalTo("1"));
        DealsTestApi.queryRegistrations(partner, body("registration_id", registration)).statusCode(200)
                .body("deal_registrations[0].converted_customer_id", equalTo(customerId));
        // the person now has an account: the token's subject finds it
        assertCbcError("used", accept(Tokens.customerWithoutAccount(subject), code, null).extract().response(), 400,
                "CBC.91005018");
    }

    @Test
    void anExistingAccountRegisteredByIdAcceptsEvenIfOlderThanSevenDays() {
        String partner = registeredPartner();
        String customerId = account(null, null, null, Instant.now().minus(Duration.ofDays(30)));
        String code = inviteCode(partner, registerAccount(partner, customerId), "ONLINE", 2);

        preview(Tokens.customer(customerId), code).statusCode(200).body("sign_up_allowed", equalTo(false))
                .body("expires_at", notNullValue());
        accept(Tokens.customer(customerId), code, null).statusCode(200)
                .body("customer_id", equalTo(customerId)).body("association_type", equalTo("2"));
    }

    @Test
    void rule7OnlyRegisteredProspectsOfTheCallerAreInvited() {
        String a = registeredPartner();
        String b = registeredPartner();
        String registration = registerMobile(a, newMobile());

        assertCbcError("another partner's registration", invite(b, body("registration_id", registration,
                "channel", "OFFLINE", "association_type", "2")).extract().response(), 404, "CBC.91005010");
        assertCbcError("unknown registration", invite(a, body("registration_id", UUID.randomUUID().toString(),
                "channel", "OFFLINE", "association_type", "2")).extract().response(), 404, "CBC.91005010");
        assertCbcError("online without any e-mail", invite(a, body("registration_id", registration,
                "channel", "ONLINE", "association_type", "2")).extract().response(), 400, "CBC.0101");
        withdraw(a, registration).statusCode(200);
        assertCbcError("withdrawn registration", invite(a, body("registration_id", registration,
                "channel", "OFFLINE", "association_type", "2")).extract().response(), 400, "CBC.91005015");
        DealsTestApi.queryRegistrations(b, body()).statusCode(200).body("total_count", equalTo(0));
    }

    @Test
    void rule8AnOnlineInvitationIsEMailedOnceIssuedAnOfflineOneIsNot() {
        String partner = registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");

        String url = invite(partner, body("registration_id", registration, "channel", "ONLINE", "association_type", "2"))
                .statusCode(200).extract().path("invitation_url");
        invite(partner, body("registration_id", registration, "channel", "OFFLINE", "association_type", "2"))
                .statusCode(200);

        assertThat(emails.to(email)).singleElement().satisfies(mail -> {
            assertThat(mail.invitationUrl()).isEqualTo(url);
            assertThat(mail.partnerId()).isEqualTo(partner);
            assertThat(mail.expiresAt()).isNotNull();
        });
    }

    @Test
    void rule8AReplayedIssueAnswersAgainButSendsNoSecondEMail() {
        String partner = registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        Map<String, Object> online = body("registration_id", registration, "channel", "ONLINE",
                "association_type", "2");
        String key = "invite-" + registration;

        String url = as(Tokens.partner(partner)).header("Idempotency-Key", key).body(online)
                .post("/v2/partners/invitations").then().statusCode(200).extract().path("invitation_url");
        as(Tokens.partner(partner)).header("Idempotency-Key", key).body(online)
                .post("/v2/partners/invitations").then().statusCode(200)
                .header("Idempotency-Replayed", "true").body("invitation_url", equalTo(url));

        assertThat(emails.to(email)).singleElement()
                .satisfies(mail -> assertThat(mail.invitationUrl()).isEqualTo(url));
    }

    @Test
    void rule8OnlineLinksExpireAfterSevenDaysOfflineLinksDoNot() {
        String partner = registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        var online = invite(partner, body("registration_id", registration, "channel", "ONLINE",
                "association_type", "2")).statusCode(200)
                .body("sent_to_email", equalTo(email)).body("qr_code_content", nullValue())
                .body("invitation_url", startsWith("http")).extract();
        Instant issuedAt = Instant.now();
        assertThat(Duration.between(issuedAt, Instant.parse(online.path("expires_at"))))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        var offline = invite(partner, body("registration_id", registration, "channel", "OFFLINE",
                "association_type", "2")).statusCode(200).body("expires_at", nullValue()).extract();
        assertThat(offline.<String>path("qr_code_content")).isEqualTo(offline.path("invitation_url"))
                .endsWith(offline.<String>path("invitation_code"));

        String token = Tokens.customerWithoutAccount(newSubject());
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        preview(token, online.path("invitation_code")).statusCode(200);
        clock.advance(Duration.ofMinutes(2));
        assertCbcError("online after 7 days", preview(token, online.path("invitation_code")).extract().response(),
                400, "CBC.91005017");
        assertCbcError("accept after 7 days", accept(token, online.path("invitation_code"), body("email", email))
                .extract().response(), 400, "CBC.91005017");
        accept(token, offline.path("invitation_code"), proven(token, offline.path("invitation_code"),
                body("email", email))).statusCode(200);
    }

    @Test
    void rule8OfflineLinksOutliveTheRegistrationsNinetyDaysButNotAWithdrawal() {
        String partner = registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        String offline = inviteCode(partner, registration, "OFFLINE", 2);
        String withdrawnEmail = newEmail();
        String withdrawn = DealsTestApi.register(partner, body("email", withdrawnEmail)).statusCode(200)
                .extract().path("registration_id");
        String offlineOfWithdrawn = inviteCode(partner, withdrawn, "OFFLINE", 2);
        withdraw(partner, withdrawn).statusCode(200);

        clock.advance(Duration.ofDays(91));
        String token = Tokens.customerWithoutAccount(newSubject());
        // due but not yet closed by the job, then closed (released to the public pool): the link works either way
        preview(token, offline).statusCode(200).body("expires_at", nullValue());
        Tx.onContext(job::closeRunOut);
        assertThat(statusOf(partner, registration)).isEqualTo("RELEASED");
        preview(token, offline).statusCode(200);
        accept(token, offline, proven(token, offline, body("email", email))).statusCode(200);
        assertThat(statusOf(partner, registration)).isEqualTo("CONVERTED");

        // a registration the partner withdrew ends its invitations, offline ones too
        assertCbcError("withdrawn", accept(Tokens.customerWithoutAccount(newSubject()), offlineOfWithdrawn,
                body("email", withdrawnEmail)).extract().response(), 400, "CBC.91005015");
    }

    @Test
    void rule21ASignUpProvesItsMobileWithAnSmsCode() {
        String partner = registeredPartner();
        String mobile = newMobile();
        String code = inviteCode(partner, registerMobile(partner, mobile), "OFFLINE", 2);
        String token = Tokens.customerWithoutAccount(newSubject());

        assertCbcError("no code", accept(token, code, body("mobile_phone", mobile)).extract().response(), 400,
                "CBC.0101");
        assertCbcError("none sent", accept(token, code, body("mobile_phone", mobile, "verification_code", "123456"))
                .extract().response(), 400, "CBC.91005001");
        // codes go only to a contact the registration names: nobody else can be texted through the link
        assertCbcError("another number", DealsTestApi.sendSignUpCode(token, code, "mobile_phone", newMobile())
                .extract().response(), 400, "CBC.91005019");
        DealsTestApi.sendSignUpCode(token, code, "mobile_phone", mobile).statusCode(204);
        String sent = DealsTestApi.lastCode(mobile);
        assertCbcError("wrong code", accept(token, code, body("mobile_phone", mobile, "verification_code",
                "000000".equals(sent) ? "111111" : "000000")).extract().response(), 400, "CBC.99004010");
        preview(token, code).statusCode(200);

        accept(token, code, body("mobile_phone", mobile, "verification_code", sent)).statusCode(200)
                .body("partner_id", equalTo(partner));
    }

    @Test
    void rule21ASignUpProvesItsEMailWithAnEMailCodeUnderTheSmsLimits() {
        String partner = registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        String code = inviteCode(partner, registration, "OFFLINE", 2);
        String token = Tokens.customerWithoutAccount(newSubject());

        assertCbcError("no code", accept(token, code, body("email", email)).extract().response(), 400, "CBC.0101");
        assertCbcError("none sent", accept(token, code, body("email", email, "email_verification_code", "123456"))
                .extract().response(), 400, "CBC.91005006");
        DealsTestApi.sendSignUpCode(token, code, "email", email).statusCode(204);
        String sent = DealsTestApi.lastCode(email);
        String wrong = "000000".equals(sent) ? "111111" : "000000";
        // more than 3 failed checks block the code, even the right one afterwards
        for (int i = 0; i < 3; i++) {
            assertCbcError("wrong " + i, accept(token, code, body("email", email, "email_verification_code", wrong))
                    .extract().response(), 400, "CBC.99004010");
        }
        assertCbcError("4th wrong", accept(token, code, body("email", email, "email_verification_code", wrong))
                .extract().response(), 400, "CBC.99004009");
        assertCbcError("blocked", accept(token, code, body("email", email, "email_verification_code", sent))
                .extract().response(), 400, "CBC.99004009");

        // at most 15 codes an hour per address: 14 more, then refused
        for (int i = 0; i < 14; i++) {
            DealsTestApi.sendSignUpCode(token, code, "email", email).statusCode(204);
        }
        assertCbcError("16th in the hour", DealsTestApi.sendSignUpCode(token, code, "email", email).extract()
                .response(), 400, "CBC.99004015");
        clock.advance(Duration.ofMinutes(61));
        DealsTestApi.sendSignUpCode(token, code, "email", email).statusCode(204);
        accept(token, code, body("email", email, "email_verification_code", DealsTestApi.lastCode(email)))
                .statusCode(200).body("partner_id", equalTo(partner));
    }

    @Test
    void rule9EachFailureHasItsOwnCode() {
        String a = registeredPartner();
        String b = registeredPartner();
        String token = Tokens.customerWithoutAccount(newSubject());

        assertCbcError("unknown code", preview(token, "x".repeat(43)).extract().response(), 404, "CBC.91005016");
        assertCbcError("garbage code", preview(token, "not-a-code").extract().response(), 404, "CBC.91005016");
        assertCbcError("accept unknown", accept(token, "y".repeat(43), body("email", newEmail())).extract()
                .response(), 404, "CBC.91005016");

        // registered by another partner: the person's e-mail is B's prospect
        String mobile = newMobile();
        String email = newEmail();
        String code = inviteCode(a, registerMobile(a, mobile), "OFFLINE", 2);
        register(b, body("email", email)).statusCode(200);
        assertCbcError("e-mail registered by B", accept(token, code, body("mobile_phone", mobile, "email", email))
                .extract().response(), 400, "CBC.99000051");

        // registered by another partner: A's registration ran out (its OFFLINE code still works, rule 8) and B took
        // the prospect
        String pooledMobile = newMobile();
        String oldCode = inviteCode(a, registerMobile(a, pooledMobile), "OFFLINE", 2);
        clock.advance(Duration.ofDays(91));
        Tx.onContext(job::closeRunOut);
        preview(token, oldCode).statusCode(200);
        registerMobile(b, pooledMobile);
        assertCbcError("now B's", preview(token, oldCode).extract().response(), 400, "CBC.99000051");
    }

    @Test
    void rule10AnAccountAssociatedElsewhereOrRegisteredLongAgoIsRefused() {
        String a = registeredPartner();
        String c = registeredPartner();

        String mobileOfC = newMobile();
        String codeForC = inviteCode(a, registerMobile(a, mobileOfC), "OFFLINE", 2);
        String ofC = account(mobileOfC, null, c, Instant.now());
        assertCbcError("associated with C", accept(Tokens.customer(ofC), codeForC, null).extract().response(), 400,
                "CBC.91005012");

        String mobileOfA = newMobile();
        String codeForA = inviteCode(a, registerMobile(a, mobileOfA), "OFFLINE", 2);
        String ofA = account(mobileOfA, null, a, Instant.now());
        assertCbcError("already A's", accept(Tokens.customer(ofA), codeForA, null).extract().response(), 400,
                "CBC.91005013");

        String oldMobile = newMobile();
        String codeForOld = inviteCode(a, registerMobile(a, oldMobile), "OFFLINE", 2);
        String old = account(oldMobile, null, null, Instant.now().minus(Duration.ofDays(8)));
        assertCbcError("registered 8 days ago, not by id", accept(Tokens.customer(old), codeForOld, null)
                .extract().response(), 400, "CBC.91005020");

        String recentMobile = newMobile();
        String codeForRecent = inviteCode(a, registerMobile(a, recentMobile), "OFFLINE", 2);
        String recent = account(recentMobile, null, null, Instant.now().minus(Duration.ofDays(6)));
        accept(Tokens.customer(recent), codeForRecent, null).statusCode(200).body("partner_id", equalTo(a));
        // failed accepts changed nothing
        assertThat(Tx.call(() -> customers.findById(old)).isAssociated()).isFalse();
    }

    @Test
    void onlyTheRegisteredProspectCanAccept() {
        String a = registeredPartner();
        String registered = account(null, null, null, Instant.now());
        String other = account(null, null, null, Instant.now());
        String accountCode = inviteCode(a, registerAccount(a, registered), "OFFLINE", 2);
        assertCbcError("another account", accept(Tokens.customer(other), accountCode, null).extract().response(),
                400, "CBC.91005019");
        assertCbcError("a person without an account for an account's invitation",
                accept(Tokens.customerWithoutAccount(newSubject()), accountCode, body("mobile_phone", newMobile()))
                        .extract().response(), 400, "CBC.91005019");

        String mobileCode = inviteCode(a, registerMobile(a, newMobile()), "OFFLINE", 2);
        assertCbcError("another mobile", accept(Tokens.customerWithoutAccount(newSubject()), mobileCode,
                body("mobile_phone", newMobile())).extract().response(), 400, "CBC.91005019");
        assertCbcError("no sign-up data", accept(Tokens.customerWithoutAccount(newSubject()), mobileCode, null)
                .extract().response(), 400, "CBC.0101");
        assertCbcError("a token naming no existing account", accept(Tokens.customer("no-such-account"), mobileCode,
                null).extract().response(), 404, "CBC.91005002");
        assertCbcError("a partner token", DealsTestApi.accept(Tokens.partner(a), mobileCode, null).extract()
                .response(), 403, "CBC.0151");
    }

    @Test
    void ofTwoConcurrentAcceptsOfOneCodeExactlyOneWins() throws Exception {
        String partner = registeredPartner();
        String mobile = newMobile();
        String code = inviteCode(partner, registerMobile(partner, mobile), "OFFLINE", 2);

        Map<String, Object> signUp = proven(Tokens.customerWithoutAccount(newSubject()), code,
                body("mobile_phone", mobile));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String token = Tokens.customerWithoutAccount(newSubject());
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DealsTestApi.accept(token, code, signUp).extract().response();
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (CompletableFuture<Response> call : calls) {
            responses.add(call.get());
        }
        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        responses.stream().filter(r -> r.statusCode() != 200)
                .forEach(r -> assertCbcError("second accept", r, 400, "CBC.91005018"));
        assertThat(Tx.call(() -> customers.count("mobilePhone", mobile))).isEqualTo(1);
    }
}
