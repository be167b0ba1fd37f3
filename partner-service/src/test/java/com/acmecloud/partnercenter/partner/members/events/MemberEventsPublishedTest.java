package com.acmecloud.partnercenter.partner.members.events;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.accept;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.decline;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.invite;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newCertificateNumber;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.newPerson;
import static com.acmecloud.partnercenter.partner.members.rest.MemberTestApi.recordCertification;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.members.rest.MemberTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Member events reach partner.events through the outbox, keyed by partner id, with their payloads. */
@QuarkusTest
class MemberEventsPublishedTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theMemberLifecycleIsPublishedInOrder() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String person = newPerson();

        var declined = invite(partnerId, "PHONE", "+86-13900000000").statusCode(201).extract();
        decline(person, declined.path("token")).statusCode(200);
        String revokedId = invite(partnerId, "ACCOUNT_NAME", "li_lei").statusCode(201).extract().path("invitation_id");
        as(Tokens.partner(partnerId)).post("/v2/partners/{id}/member-invitations/{iid}/revoke", partnerId, revokedId)
                .then().statusCode(200);
        var joining = invite(partnerId, "EMAIL", MemberTestApi.emailOf(person)).statusCode(201).extract();
        String memberId = accept(person, joining.path("token")).statusCode(201).extract().path("member_id");
        String number = newCertificateNumber();
        String certificationId = recordCertification(person, number);
        MemberTestApi.remove(partnerId, memberId).statusCode(204);

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<ConsumerRecord<String, String>> records = reader.await(
                    r -> partnerId.equals(r.key()) && type(r).startsWith("member."), 8, Duration.ofSeconds(30));
            List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "member.invited.v1", "member.invitation_declined.v1",
                    "member.invited.v1", "member.invitation_revoked.v1",
                    "member.invited.v1", "member.joined.v1", "member.certification_added.v1", "member.removed.v1");
            for (JsonNode event : events) {
                assertThat(event.get("source").asText()).isEqualTo("/partner-service");
                assertThat(event.get("data").get("partner_id").asText()).isEqualTo(partnerId);
                assertThat(event.toString()).doesNotContain(declined.<String>path("token"), joining.<String>path("token"));
            }
            JsonNode invited = events.get(0);
            assertThat(invited.get("subject").asText()).isEqualTo(declined.<String>path("invitation_id"));
            assertThat(invited.get("data").get("invitee_type").asText()).isEqualTo("PHONE");
            assertThat(invited.get("data").get("invitee").asText()).isEqualTo("+86-13900000000");
            assertThat(invited.get("data").get("expires_at").asText()).isEqualTo(declined.<String>path("expires_at"));
            assertThat(events.get(1).get("data").get("closed_by").asText()).isEqualTo(person);
            assertThat(events.get(3).get("data").get("invitation_id").asText()).isEqualTo(revokedId);
            assertThat(events.get(3).get("data").get("closed_by").asText()).isEqualTo("user-" + partnerId);

            JsonNode joined = events.get(5);
            assertThat(joined.get("subject").asText()).isEqualTo(memberId);
            assertThat(joined.get("data").get("person").asText()).isEqualTo(person);
            assertThat(joined.get("data").get("invitation_id").asText()).isEqualTo(joining.<String>path("invitation_id"));

            JsonNode added = events.get(6);
            assertThat(added.get("subject").asText()).isEqualTo(certificationId);
            assertThat(added.get("data").get("member_id").asText()).isEqualTo(memberId);
            assertThat(added.get("data").get("level").asText()).isEqualTo("HCIP");
            assertThat(added.get("data").get("certificate_number").asText()).isEqualTo(number.toUpperCase());

            JsonNode removed = events.get(7);
            assertThat(removed.get("subject").asText()).isEqualTo(memberId);
            assertThat(removed.get("data").get("reason").asText()).isEqualTo("REMOVED");
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
        }
    }

    @Test
    void leavingIsPublishedAsRemovedAndAPartnerlessCertificationIsKeyedByThePerson() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        String person = newPerson();
        String certificationId = recordCertification(person, newCertificateNumber());
        String memberId = MemberTestApi.join(partnerId, person);
        MemberTestApi.leave(person).statusCode(200);

        try (TopicReader reader = new TopicReader("partner.events")) {
            JsonNode left = read(reader.await(r -> partnerId.equals(r.key()) && type(r).equals("member.removed.v1"), 1,
                    Duration.ofSeconds(30)).get(0).value());
            assertThat(left.get("subject").asText()).isEqualTo(memberId);
            assertThat(left.get("data").get("reason").asText()).isEqualTo("LEFT");
            assertThat(left.get("data").get("person").asText()).isEqualTo(person);

            JsonNode partnerless = read(reader.await(r -> person.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value());
            assertThat(partnerless.get("type").asText()).isEqualTo("member.certification_added.v1");
            assertThat(partnerless.get("subject").asText()).isEqualTo(certificationId);
            assertThat(partnerless.get("data").get("partner_id").isNull()).isTrue();
            assertThat(partnerless.get("data").get("member_id").isNull()).isTrue();
        }
    }

    private String type(ConsumerRecord<String, String> record) {
        return read(record.value()).get("type").asText();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
