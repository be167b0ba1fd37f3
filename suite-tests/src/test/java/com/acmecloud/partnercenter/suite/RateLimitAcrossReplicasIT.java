package com.acmecloud.partnercenter.suite;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule 64 across replicas: two customer-service processes on one database count one caller's requests to one API
 * in the same bucket, so alternating between them gains nothing. The replicas run the packaged configuration
 * (check-identity 5, every other API 10) over a period of an hour instead of a second, so that no token comes back
 * while the test runs.
 */
class RateLimitAcrossReplicasIT {

    private static Suite suite;
    private static PartnerServiceApi partners;
    private static List<ServiceProcess> replicas;

    @BeforeAll
    static void startTwoReplicas() {
        suite = Suite.start();
        partners = new PartnerServiceApi(suite.partnerService());
        Map<String, String> hourly = Map.of("partnercenter.rate-limit.period", "1H");
        replicas = List.of(suite.startCustomerServiceReplica("customer-service-replica-a", hourly),
                suite.startCustomerServiceReplica("customer-service-replica-b", hourly));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void alternatingBetweenReplicasStillGetsOnlyTheLimit() {
        String partnerId = knownPartner();

        List<Integer> statuses = IntStream.range(0, 12)
                .mapToObj(i -> checkIdentity(replicas.get(i % 2), partnerId).statusCode())
                .toList();

        assertThat(statuses.subList(0, 5)).as("the first 5, on both replicas").containsOnly(200);
        assertThat(statuses.subList(5, 12)).as("the rest, on both replicas").containsOnly(429);
        Response refused = checkIdentity(replicas.get(1), partnerId);
        assertCbcError("over check-identity's limit of 5", refused, 429, "CBC.0250");
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    @Test
    void otherPartnersAndOtherApisHaveBucketsOfTheirOwn() {
        String flooding = knownPartner();
        IntStream.range(0, 6).forEach(i -> checkIdentity(replicas.get(i % 2), flooding));

        Response otherPartner = checkIdentity(replicas.get(0), knownPartner());
        assertThat(otherPartner.statusCode()).isEqualTo(200);
        assertThat(otherPartner.header("RateLimit-Remaining")).isEqualTo("4");

        Response otherApi = replicas.get(1).as(Tokens.partner(flooding)).body(Map.of("offset", 0, "limit", 10))
                .post("/v2/partners/sub-customers/query");
        assertThat(otherApi.statusCode()).isEqualTo(200);
        assertThat(otherApi.header("RateLimit-Limit")).isEqualTo("10");
        assertThat(otherApi.header("RateLimit-Remaining")).isEqualTo("9");
    }

    /** A partner registered on partner-service whose registration customer-service has projected. */
    private static String knownPartner() {
        String partnerId = partners.registeredPartner();
        PartnerProjectionRow.await(suite.customerDatabase(), partnerId, PartnerProjectionRow::registered);
        return partnerId;
    }

    private static Response checkIdentity(ServiceProcess replica, String partnerId) {
        return replica.as(Tokens.partner(partnerId))
                .body(Map.of("search_type", "mobile", "search_value", "0086-13900000000"))
                .post("/v2/partners/sub-customers/users/check-identity");
    }
}
