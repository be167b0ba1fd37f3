package com.acmecloud.partnercenter.partner.resellers.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A distributor's link to a cloud reseller needs the reseller's consent: the distributor requests, the reseller
 * (with its own token) accepts or rejects, the distributor may withdraw; only an accepted link is effective, and
 * either side can end it. Every step is published on partner.events, keyed by the reseller.
 */
@QuarkusTest
class IndirectPartnerConsentTest {

    @Inject
    TestClock clock;
    @Inject
    ObjectMapper mapper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRequestLinksNothingUntilTheResellerAccepts() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Consenting Reseller Ltd.");

        var requested = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201)
                .body("distributor_id", equalTo(distributor))
                .body("distributor_name", equalTo("Example Distribution Co., Ltd."))
                .body("indirect_partner_id", equalTo(reseller))
                .body("indirect_partner_name", equalTo("Consenting Reseller Ltd."))
                .body("status", equalTo("PENDING"))
                .body("requested_by", equalTo("user-" + distributor))
                .body("closed_by", nullValue())
                .extract();
        String requestId = requested.path("request_id");
        Instant requestedAt = Instant.parse(requested.path("requested_at"));
        assertThat(Instant.parse(requested.<String>path("expires_at"))).isEqualTo(requestedAt.plus(Duration.ofDays(7)));

        // not effective yet: the distributor finds no reseller, so it cannot act for it
        ProgramsTestApi.queryResellers(distributor, Map.of()).statusCode(200).body("count", equalTo(0));
        // the reseller sees what waits for its decision; the distributor sees what it sent
        ProgramsTestApi.receivedRequests(reseller, null).statusCode(200)
                .body("total_count", equalTo(1))
                .body("requests.request_id", contains(requestId))
                .body("requests[0].status", equalTo("PENDING"));
        as(Tokens.partner(distributor)).get("/v2/partners/{id}/indirect-partner-requests", distributor).then()
                .statusCode(200).body("requests.request_id", contains(requestId));

        String associatedOn = ProgramsTestApi.acceptLink(reseller, requestId).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("closed_by", equalTo("user-" + reseller))
                .extract().path("closed_at");
        ProgramsTestApi.queryResellers(distributor, Map.of()).statusCode(200)
                .body("count", equalTo(1))
                .body("indirect_partners[0].indirect_partner_id", equalTo(reseller))
                .body("indirect_partners[0].associated_on", equalTo(associatedOn));
        ProgramsTestApi.receivedRequests(reseller, null).body("total_count", equalTo(0));
        ProgramsTestApi.receivedRequests(reseller, "ACCEPTED").body("requests.request_id", contains(requestId));

        // a decided request cannot be decided again
        refused(ProgramsTestApi.acceptLink(reseller, requestId).extract().response(), 400, "CBC.91002013");
        refused(ProgramsTestApi.rejectLink(reseller, requestId, Map.of()).extract().response(), 400, "CBC.91002013");
        refused(ProgramsTestApi.withdrawLink(distributor, requestId).extract().response(), 400, "CBC.91002013");

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<JsonNode> steps = linkEvents(reader, reseller, 2);
            assertThat(types(steps)).containsExactly("indirect_partner.link_requested.v1",
                    "indirect_partner.link_accepted.v1");
            JsonNode request = steps.get(0).get("data");
            assertThat(steps.get(0).get("subject").asText()).isEqualTo(reseller);
            assertThat(request.get("request_id").asText()).isEqualTo(requestId);
            assertThat(request.get("distributor_id").asText()).isEqualTo(distributor);
            assertThat(request.get("indirect_partner_id").asText()).isEqualTo(reseller);
            assertThat(request.get("requested_by").asText()).isEqualTo("user-" + distributor);
            assertThat(request.get("expires_at").asText()).isEqualTo(requested.path("expires_at"));
            JsonNode accepted = steps.get(1).get("data");
            assertThat(accepted.get("request_id").asText()).isEqualTo(requestId);
            assertThat(accepted.get("distributor_id").asText()).isEqualTo(distributor);
            assertThat(accepted.get("accepted_by").asText()).isEqualTo("user-" + reseller);
            assertThat(accepted.get("associated_on").asText()).isEqualTo(associatedOn);
        }
    }

    @Test
    void theResellerRejectsAndTheDistributorWithdraws() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Reluctant Reseller Ltd.");

        String rejected = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");
        ProgramsTestApi.rejectLink(reseller, rejected, Map.of("reason", "We sign with another distributor"))
                .statusCode(200).body("status", equalTo("REJECTED")).body("closed_by", equalTo("user-" + reseller))
                .body("reason", equalTo("We sign with another distributor"));
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));
        refused(ProgramsTestApi.acceptLink(reseller, rejected).extract().response(), 400, "CBC.91002013");

        // a rejected request does not block a new one; an open one does
        String withdrawn = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");
        refused(ProgramsTestApi.requestLink(distributor, reseller).extract().response(), 400, "CBC.91002011");
        ProgramsTestApi.withdrawLink(distributor, withdrawn).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("closed_by", equalTo("user-" + distributor));
        refused(ProgramsTestApi.acceptLink(reseller, withdrawn).extract().response(), 400, "CBC.91002013");
        ProgramsTestApi.receivedRequests(reseller, null).body("total_count", equalTo(0));
        ProgramsTestApi.receivedRequests(reseller, "ALL").body("total_count", equalTo(2));
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<JsonNode> steps = linkEvents(reader, reseller, 4);
            assertThat(types(steps)).containsExactly("indirect_partner.link_requested.v1",
                    "indirect_partner.link_rejected.v1", "indirect_partner.link_requested.v1",
                    "indirect_partner.link_request_withdrawn.v1");
            JsonNode rejection = steps.get(1).get("data");
            assertThat(rejection.get("request_id").asText()).isEqualTo(rejected);
            assertThat(rejection.get("status").asText()).isEqualTo("REJECTED");
            assertThat(rejection.get("reason").asText()).isEqualTo("We sign with another distributor");
            assertThat(rejection.get("closed_by").asText()).isEqualTo("user-" + reseller);
            JsonNode withdrawal = steps.get(3).get("data");
            assertThat(withdrawal.get("request_id").asText()).isEqualTo(withdrawn);
            assertThat(withdrawal.get("status").asText()).isEqualTo("WITHDRAWN");
            assertThat(withdrawal.get("closed_by").asText()).isEqualTo("user-" + distributor);
        }
    }

    @Test
    void anExpiredRequestCannotBeAcceptedAndMayBeSentAgain() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Slow Reseller Ltd.");
        String requestId = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        refused(ProgramsTestApi.acceptLink(reseller, requestId).extract().response(), 400, "CBC.91002012");
        refused(ProgramsTestApi.rejectLink(reseller, requestId, Map.of()).extract().response(), 400, "CBC.91002012");
        refused(ProgramsTestApi.withdrawLink(distributor, requestId).extract().response(), 400, "CBC.91002012");
        ProgramsTestApi.receivedRequests(reseller, null).body("total_count", equalTo(0));
        ProgramsTestApi.receivedRequests(reseller, "EXPIRED").body("requests.request_id", contains(requestId));
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));

        String again = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");
        ProgramsTestApi.acceptLink(reseller, again).statusCode(200);
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(1));
        ProgramsTestApi.receivedRequests(reseller, "EXPIRED").body("requests.request_id", contains(requestId));
    }

    @Test
    void onlyTheAddressedResellerDecidesARequest() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Addressed Reseller Ltd.");
        String stranger = ProgramsTestApi.reseller("Stranger Reseller Ltd.");
        String requestId = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");

        // another reseller under its own path: no such request of its own
        refused(ProgramsTestApi.acceptLink(stranger, requestId).extract().response(), 404, "CBC.91002010");
        refused(ProgramsTestApi.rejectLink(stranger, requestId, Map.of()).extract().response(), 404, "CBC.91002010");
        // the distributor cannot accept for the reseller, nor another distributor withdraw it
        refused(ProgramsTestApi.acceptLink(distributor, requestId).extract().response(), 404, "CBC.91002010");
        refused(ProgramsTestApi.withdrawLink(ProgramsTestApi.distributor(), requestId).extract().response(), 404,
                "CBC.91002010");
        refused(ProgramsTestApi.withdrawLink(reseller, requestId).extract().response(), 404, "CBC.91002010");
        // under the reseller's path with a foreign token: not the caller's partner
        refused(as(Tokens.partner(stranger))
                .post("/v2/partners/{id}/distributor-requests/{rid}/accept", reseller, requestId), 403, "CBC.0150");
        refused(as(Tokens.partner(distributor))
                .post("/v2/partners/{id}/distributor-requests/{rid}/accept", reseller, requestId), 403, "CBC.0150");
        // unknown and malformed ids
        refused(ProgramsTestApi.acceptLink(reseller, UUID.randomUUID().toString()).extract().response(), 404,
                "CBC.91002010");
        refused(ProgramsTestApi.acceptLink(reseller, "not-a-uuid").extract().response(), 404, "CBC.91002010");
        refused(as(Tokens.partner(reseller)).queryParam("status", "MAYBE")
                .get("/v2/partners/{id}/distributor-requests", reseller), 400, "CBC.0100");

        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));
        ProgramsTestApi.receivedRequests(reseller, null).body("requests[0].status", equalTo("PENDING"));
    }

    @Test
    void eitherSideEndsTheLink() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Leaving Reseller Ltd.");
        String requestId = ProgramsTestApi.link(distributor, reseller).statusCode(200).extract().path("request_id");

        // the reseller ends it with its own token
        as(Tokens.partner(reseller)).delete("/v2/partners/{id}/distributor", reseller).then().statusCode(204);
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));
        refused(as(Tokens.partner(reseller)).delete("/v2/partners/{id}/distributor", reseller), 400, "CBC.91002014");
        refused(as(Tokens.partner(distributor)).delete("/v2/partners/{id}/distributor", reseller), 403, "CBC.0150");

        // linked again, the distributor ends it
        ProgramsTestApi.link(distributor, reseller).statusCode(200);
        as(Tokens.partner(distributor)).delete("/v2/partners/{id}/indirect-partners/{rid}", distributor, reseller)
                .then().statusCode(204);
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));

        try (TopicReader reader = new TopicReader("partner.events")) {
            List<JsonNode> steps = linkEvents(reader, reseller, 6);
            assertThat(types(steps)).containsExactly("indirect_partner.link_requested.v1",
                    "indirect_partner.link_accepted.v1", "indirect_partner.link_ended.v1",
                    "indirect_partner.link_requested.v1", "indirect_partner.link_accepted.v1",
                    "indirect_partner.link_ended.v1");
            JsonNode byReseller = steps.get(2).get("data");
            assertThat(byReseller.get("request_id").asText()).isEqualTo(requestId);
            assertThat(byReseller.get("distributor_id").asText()).isEqualTo(distributor);
            assertThat(byReseller.get("indirect_partner_id").asText()).isEqualTo(reseller);
            assertThat(byReseller.get("ended_by_side").asText()).isEqualTo("RESELLER");
            assertThat(byReseller.get("ended_by").asText()).isEqualTo("user-" + reseller);
            assertThat(byReseller.get("associated_on").asText())
                    .isEqualTo(steps.get(1).get("data").get("associated_on").asText());
            assertThat(byReseller.has("ended_at")).isTrue();
            JsonNode byDistributor = steps.get(5).get("data");
            assertThat(byDistributor.get("ended_by_side").asText()).isEqualTo("DISTRIBUTOR");
            assertThat(byDistributor.get("ended_by").asText()).isEqualTo("user-" + distributor);
        }
    }

    @Test
    void aRequestFromADistributorNoLongerActiveCannotBeAccepted() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Careful Reseller Ltd.");
        String requestId = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");
        ProgramsTestApi.setStatus(distributor, "RESTRICTED", "Compliance review").statusCode(200);

        refused(ProgramsTestApi.acceptLink(reseller, requestId).extract().response(), 400, "CBC.91002015");
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));
        // still pending: it may be accepted once the restriction is lifted
        ProgramsTestApi.setStatus(distributor, "ACTIVE", "Review passed").statusCode(200);
        ProgramsTestApi.acceptLink(reseller, requestId).statusCode(200);
    }

    @Test
    void anAcceptanceRetriedWithItsIdempotencyKeyReplaysTheAnswer() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Retrying Reseller Ltd.");
        String requestId = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201).extract().path("request_id");
        String key = "accept-" + UUID.randomUUID();

        String first = as(Tokens.partner(reseller)).header("Idempotency-Key", key)
                .post("/v2/partners/{id}/distributor-requests/{rid}/accept", reseller, requestId)
                .then().statusCode(200).extract().asString();
        as(Tokens.partner(reseller)).header("Idempotency-Key", key)
                .post("/v2/partners/{id}/distributor-requests/{rid}/accept", reseller, requestId)
                .then().statusCode(200).header("Idempotency-Replayed", "true")
                .body("request_id", equalTo(requestId)).body("status", equalTo("ACCEPTED"));
        assertThat(first).contains("\"ACCEPTED\"");
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(1));
    }

    /** An acceptance and a withdrawal of one request sent at once: exactly one wins, the state matches it. */
    @Test
    void anAcceptanceAndAWithdrawalAtOnceEndInOneState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String distributor = ProgramsTestApi.distributor();
                String reseller = ProgramsTestApi.reseller("Racing Reseller Ltd.");
                String requestId = ProgramsTestApi.requestLink(distributor, reseller).statusCode(201)
                        .extract().path("request_id");
                CountDownLatch start = new CountDownLatch(1);
                Callable<Response> accept = () -> {
                    start.await();
                    return as(Tokens.partner(reseller))
                            .post("/v2/partners/{id}/distributor-requests/{rid}/accept", reseller, requestId);
                };
                Callable<Response> withdraw = () -> {
                    start.await();
                    return as(Tokens.partner(distributor))
                            .post("/v2/partners/{id}/indirect-partner-requests/{rid}/withdraw", distributor, requestId);
                };
                Future<Response> accepted = pool.submit(accept);
                Future<Response> withdrawn = pool.submit(withdraw);
                start.countDown();
                Response acceptance = accepted.get();
                Response withdrawal = withdrawn.get();

                List<Integer> statuses = new ArrayList<>(List.of(acceptance.statusCode(), withdrawal.statusCode()));
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 400);
                Response loser = acceptance.statusCode() == 200 ? withdrawal : acceptance;
                refused(loser, 400, "CBC.91002013");
                boolean linked = acceptance.statusCode() == 200;
                ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(linked ? 1 : 0));
                ProgramsTestApi.receivedRequests(reseller, "ALL")
                        .body("requests[0].status", equalTo(linked ? "ACCEPTED" : "WITHDRAWN"));
                try (TopicReader reader = new TopicReader("partner.events")) {
                    assertThat(types(linkEvents(reader, reseller, 2))).containsExactly(
                            "indirect_partner.link_requested.v1", linked ? "indirect_partner.link_accepted.v1"
                                    : "indirect_partner.link_request_withdrawn.v1");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void refused(Response response, int status, String code) {
        CbcAssertions.assertCbcError(code, response, status, code);
        assertThat(response.jsonPath().getString("error_msg")).isEqualTo(CbcError.byCode(code).message());
    }

    /** The reseller's indirect_partner.* events (its other events share the key). */
    private List<JsonNode> linkEvents(TopicReader reader, String reseller, int count) {
        List<ConsumerRecord<String, String>> records = reader.await(
                r -> reseller.equals(r.key()) && r.value().contains("\"indirect_partner."), count, Duration.ofSeconds(30));
        assertThat(records).hasSize(count);
        return records.stream().map(r -> read(r.value())).toList();
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
