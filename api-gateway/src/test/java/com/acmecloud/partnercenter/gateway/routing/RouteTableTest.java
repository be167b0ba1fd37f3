package com.acmecloud.partnercenter.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = RouteTable.of(Map.of(
            "partner-service", List.of("/v2/partners/{partner_id}", "/v2/partners/{partner_id}/members",
                    "/v2/partners/indirect-partners/query"),
            "customer-service", List.of("/v2/partners/sub-customers", "/v2/partners/sub-customers/{customer_id}/freeze"),
            "billing-gateway", List.of("/v2/accounts/partner-accounts/balances", "/v2/partners/{id}/coupon-quotas")));

    @Test
    void aLiteralSegmentWinsOverAParameter() {
        assertThat(table.ownerOf("/v2/partners/sub-customers")).contains("customer-service");
        assertThat(table.ownerOf("/v2/partners/indirect-partners/query")).contains("partner-service");
        assertThat(table.ownerOf("/v2/partners/4f9c2d7e")).contains("partner-service");
    }

    @Test
    void aParameterBranchIsTriedWhenTheLiteralOneLeadsNowhere() {
        // "sub-customers" is a literal of customer-service, but only partner-service has .../{}/members
        assertThat(table.ownerOf("/v2/partners/sub-customers/members")).contains("partner-service");
        assertThat(table.ownerOf("/v2/partners/abc/coupon-quotas")).contains("billing-gateway");
        assertThat(table.ownerOf("/v2/partners/sub-customers/c1/freeze")).contains("customer-service");
    }

    @Test
    void unknownPathsHaveNoOwner() {
        assertThat(table.ownerOf("/v2/partners")).isEmpty();
        assertThat(table.ownerOf("/v2/partners/abc/unknown")).isEmpty();
        assertThat(table.ownerOf("/v3/anything")).isEmpty();
        assertThat(table.ownerOf("/")).isEmpty();
        assertThat(table.ownerOf("/v2/partners//members")).isEmpty();
    }

    @Test
    void oneTrailingSlashIsTheSamePath() {
        assertThat(table.ownerOf("/v2/accounts/partner-accounts/balances/")).contains("billing-gateway");
    }

    @Test
    void aTemplateClaimedByTwoServicesIsRefusedWithItsPath() {
        assertThatThrownBy(() -> RouteTable.of(Map.of(
                "partner-service", List.of("/v2/partners/{partner_id}/members", "/v2/ok"),
                "customer-service", List.of("/v2/partners/{id}/members"))))
                .isInstanceOf(ConflictingRoutesException.class)
                .satisfies(e -> assertThat(((ConflictingRoutesException) e).conflicts())
                        .containsExactly("/v2/partners/{}/members claimed by customer-service, partner-service"));
    }

    @Test
    void perServiceOperatorEndpointsAreNotPartOfTheOneEndpoint() {
        RouteTable withOperations = RouteTable.of(Map.of(
                "partner-service", List.of("/v2/operations/outbox/parked-events", "/v2/partners",
                        "/v2/operations/dead-letters/{topic}/replay"),
                "customer-service", List.of("/v2/operations/outbox/parked-events",
                        "/v2/operations/dead-letters/{topic}/replay")));
        assertThat(withOperations.ownerOf("/v2/operations/outbox/parked-events")).isEmpty();
        assertThat(withOperations.ownerOf("/v2/operations/dead-letters/partner.events/replay")).isEmpty();
        assertThat(withOperations.ownerOf("/v2/partners")).contains("partner-service");
    }

    @Test
    void anOperatorPathWithOneOwnerIsRoutedLikeAnyOther() {
        RouteTable table = RouteTable.of(Map.of(
                "billing-gateway", List.of("/v2/operations/partners/{partner_id}/recharges",
                        "/v2/operations/outbox/parked-events"),
                "incentive-service", List.of("/v2/operations/incentive-discount-policies",
                        "/v2/operations/outbox/parked-events")));
        assertThat(table.ownerOf("/v2/operations/partners/p1/recharges")).contains("billing-gateway");
        assertThat(table.ownerOf("/v2/operations/incentive-discount-policies")).contains("incentive-service");
    }
}
