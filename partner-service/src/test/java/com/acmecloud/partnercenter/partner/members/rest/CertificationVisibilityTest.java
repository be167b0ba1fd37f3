package com.acmecloud.partnercenter.partner.members.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.certification;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.join;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.leave;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.memberCertifications;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newCertificateNumber;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newPerson;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.partnerCertifications;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.recordCertification;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.remove;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 15 / rule 3: a person's certifications are shared with a partner once they joined it as a member, only
 * while they are its member, and with one partner at a time.
 */
@QuarkusTest
class CertificationVisibilityTest {

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
    void certificationsAreVisibleOnlyWhileJoinedAndToOnePartnerAtATime() {
        String first = registeredPartner();
        String second = registeredPartner();
        String person = newPerson();
        String number = newCertificateNumber();
        // recorded before joining anyone: nobody sees it yet
        String certificationId = recordCertification(person, number);
        partnerCertifications(first).statusCode(200).body("total_count", equalTo(0));

        String memberId = join(first, person);
        // recorded_at has second precision and ties are ordered by id: make "later" later for certain
        clock.advance(Duration.ofSeconds(1));
        String later = recordCertification(person, newCertificateNumber());
        memberCertifications(first, memberId).statusCode(200)
                .body("total_count", equalTo(2))
                .body("certifications.certification_id", contains(certificationId, later))
                .body("certifications[0].member_id", equalTo(memberId))
                .body("certifications[0].certificate_number", equalTo(number.toUpperCase()))
                .body("certifications[0].level", equalTo("HCIP"))
                .body("certifications[0].track", equalTo("Cloud Service"))
                .body("certifications[0].status", equalTo("VALID"));
        partnerCertifications(first).statusCode(200).body("total_count", equalTo(2));
        partnerCertifications(second).statusCode(200).body("total_count", equalTo(0));
        // the other partner cannot read them through its own path with the first partner's member id
        memberCertifications(second, memberId).statusCode(404).body("error_code", equalTo("CBC.91003007"));

        // removed: hidden from the first partner again
        remove(first, memberId).statusCode(204);
        memberCertifications(first, memberId).statusCode(404).body("error_code", equalTo("CBC.91003007"));
        partnerCertifications(first).statusCode(200).body("total_count", equalTo(0)).body("certifications", hasSize(0));
        remove(first, memberId).statusCode(404).body("error_code", equalTo("CBC.91003007"));
        as(Tokens.member(person)).get("/v2/members/me").then().statusCode(400).body("error_code", equalTo("CBC.91003008"));

        // joins the second partner: now only the second one sees them
        String secondMemberId = join(second, person);
        memberCertifications(second, secondMemberId).statusCode(200).body("total_count", equalTo(2));
        partnerCertifications(first).body("total_count", equalTo(0));

        // the person's own list is unaffected by memberships
        as(Tokens.member(person)).get("/v2/members/me/certifications").then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("certifications.certification_id", containsInAnyOrder(certificationId, later));
    }

    @Test
    void leavingHidesTheCertificationsFromThePartner() {
        String partnerId = registeredPartner();
        String stays = newPerson();
        String goes = newPerson();
        String staysMember = join(partnerId, stays);
        String goesMember = join(partnerId, goes);
        recordCertification(stays, newCertificateNumber());
        recordCertification(goes, newCertificateNumber());
        partnerCertifications(partnerId).body("total_count", equalTo(2));

        leave(goes).statusCode(200).body("member_id", equalTo(goesMember)).body("status", equalTo("LEFT"));
        partnerCertifications(partnerId).body("total_count", equalTo(1))
                .body("certifications[0].member_id", equalTo(staysMember))
                .body("certifications[0].person", equalTo(stays));
        memberCertifications(partnerId, goesMember).statusCode(404).body("error_code", equalTo("CBC.91003007"));
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/members", partnerId).then()
                .body("total_count", equalTo(1)).body("members[0].member_id", equalTo(staysMember));
    }

    @Test
    void aCertificateNumberIsRecordedOnce() {
        String number = newCertificateNumber();
        recordCertification(newPerson(), number);
        String other = newPerson();
        as(Tokens.member(other)).body(certification("HCIE", number, Instant.now().plus(10, ChronoUnit.DAYS)))
                .post("/v2/members/me/certifications").then().statusCode(400).body("error_code", equalTo("CBC.91003009"));
        as(Tokens.member(other)).body(certification("HCIE", number.toLowerCase(), Instant.now().plus(10, ChronoUnit.DAYS)))
                .post("/v2/members/me/certifications").then().statusCode(400).body("error_code", equalTo("CBC.91003009"));
        as(Tokens.member(other)).get("/v2/members/me/certifications").then().body("total_count", equalTo(0));
    }

    @Test
    void theStatusFollowsTheClock() {
        String partnerId = registeredPartner();
        String person = newPerson();
        String memberId = join(partnerId, person);
        as(Tokens.member(person)).body(certification("HCIA", newCertificateNumber(), Instant.now().plus(2, ChronoUnit.DAYS)))
                .post("/v2/members/me/certifications").then().statusCode(201).body("status", equalTo("VALID"));
        memberCertifications(partnerId, memberId).body("certifications[0].status", equalTo("VALID"));

        clock.advance(Duration.ofDays(3));
        memberCertifications(partnerId, memberId).body("certifications[0].status", equalTo("EXPIRED"));
        as(Tokens.member(person)).get("/v2/members/me/certifications").then()
                .body("certifications[0].status", equalTo("EXPIRED"));
    }

    @Test
    void theValidityPeriodMustMakeSense() {
        String person = newPerson();
        Map<String, Object> inverted = new HashMap<>(certification("HCIA", newCertificateNumber(), Instant.now().minus(60, ChronoUnit.DAYS)));
        as(Tokens.member(person)).body(inverted).post("/v2/members/me/certifications").then().statusCode(400)
                .body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("valid_to"));
        Map<String, Object> future = new HashMap<>(certification("HCIA", newCertificateNumber(), Instant.now().plus(60, ChronoUnit.DAYS)));
        future.put("valid_from", Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        as(Tokens.member(person)).body(future).post("/v2/members/me/certifications").then().statusCode(400)
                .body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("valid_from"));
        as(Tokens.member(person)).get("/v2/members/me/certifications").then().body("total_count", equalTo(0));
    }
}
