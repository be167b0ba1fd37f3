package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.disassociated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grantResponse;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issue;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueBody;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueOne;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.queryQuotas;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quota;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quotaBalance;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.reclaim;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.records;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.utc;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The coupon API over HTTP with real tokens, PostgreSQL and Kafka: rules 42-48, bad input, tenant isolation. */
@QuarkusTest
class CouponApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOperatorGrantsAQuotaThePartnerSeesItAndTheGrantIsAuditedAndPublished() {
        String partner = registeredPartner();
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            Map<String, Object> body = quota(partner);
            body.put("quota_type", 1);
            body.put("cloud_service_types", List.of("hws.service.type.ebs", "hws.service.type.ec2"));
            body.put("first_association_only", true);
            String quotaId = grant(body);

            Response found = queryQuotas(partner, Map.of("quota_type", 1, "quota_status_list", List.of(0)));
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat((Integer) found.path("total_count")).isEqualTo(1);
            assertThat((String) found.path("quotas[0].quota_id")).isEqualTo(quotaId);
            assertThat(found.jsonPath().getDouble("quotas[0].balance")).isEqualTo(1000.00);
            assertThat((List<String>) found.path("quotas[0].limit_infos.limit_key"))
                    .containsExactly("FACE_VALUE", "CLOUD_SERVICE_TYPE", "FIRST_ASSOCIATION_ONLY");
            assertThat(queryQuotas(partner, Map.of("quota_type", 0)).<Integer>path("total_count")).isZero();

            billing.await(r -> r.value().contains(BillingEvents.COUPON_QUOTA_GRANTED.type())
                    && r.value().contains(quotaId), 1, Duration.ofSeconds(30));
            Response log = given().auth().oauth2(Tokens.partner(partner))
                    .get("/v2/partners/coupon-quotas/records?quota_id=" + quotaId);
            assertThat((List<String>) log.path("records.operation_type")).containsExactly("GRANT");
        }
    }

    @Test
    void onlyOperatorsGrantAndAdjustAndTheyAreRefusedForUnknownPartnersAndQuotas() {
        String partner = registeredPartner();
        Response asPartner = given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(quota(partner)).post("/v2/partners/coupon-quotas");
        assertCbcError("a partner cannot grant itself quota", asPartner, 403, "CBC.0151");
        assertCbcError("unknown partner", grantResponse(quota(Tokens.newPartnerId())), 404, "CBC.91001001");
        Response unknown = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("amount", 1, "reason", "test")).post("/v2/partners/coupon-quotas/QT0/adjust");
        assertCbcError("unknown quota", unknown, 400, "CBC.99000012");
    }

    @Test
    void anOperatorAdjustsValueAndStatusButCannotRemoveWhatIsIssued() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        issueOne(partner, quotaId, customer, "400.00");

        assertCbcError("more than the balance", adjust(quotaId, Map.of("amount", -600.01, "reason", "cut")), 400,
                "CBC.91006102");
        Response cut = adjust(quotaId, Map.of("amount", -600, "reason", "cut"));
        assertThat(cut.statusCode()).as(cut.asString()).isEqualTo(200);
        assertThat(cut.jsonPath().getDouble("quota_value")).isEqualTo(400.00);
        assertThat(cut.jsonPath().getDouble("balance")).isZero();

        Response frozen = adjust(quotaId, Map.of("amount", 100, "quota_status", 5, "reason", "review"));
        assertThat((Integer) frozen.path("quota_status")).isEqualTo(5);
        // rule 42 / 46: a frozen quota issues nothing
        assertCbcError("frozen quota", issue(partner, issueBody(quotaId, List.of(customer), "10.00")), 400,
                "CBC.99000017");
        assertCbcError("no such status", adjust(quotaId, Map.of("quota_status", 2, "reason", "x")), 400, "CBC.0100");
        assertCbcError("neither amount nor status", adjust(quotaId, Map.of("reason", "x")), 400, "CBC.0100");

        Response log = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/partners/coupon-quotas/records?operation_type=ADJUST&quota_id=" + quotaId);
        assertThat((Integer) log.path("total_count")).isEqualTo(2);
        assertThat((List<String>) log.path("records.operator")).allMatch(name -> name != null && !name.isBlank());
    }

    @Test
    void rule45ABatchIssuesToItsCustomersAndReportsEachRefusedCustomer() {
        String partner = registeredPartner();
        String other = registeredPartner();
        String mine = associatedCustomer(partner, 2);
        String referral = associatedCustomer(partner, 1);
        String foreign = associatedCustomer(other, 2);
        String unknown = newCustomerId();
        String quotaId = grant(partner);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            Response answer = issue(partner, issueBody(quotaId, List.of(mine, referral, foreign, partner, unknown),
                    "100.00"));

            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat((List<String>) answer.path("coupon_infos.id")).containsExactly(mine, referral);
            assertThat((List<String>) answer.path("error_details.id")).containsExactly(foreign, partner, unknown);
            // rule 44 (not to itself); another partner's customer is refused exactly as one that does not exist
            assertThat((List<String>) answer.path("error_details.error_code"))
                    .containsExactly("CBC.99000035", "CBC.99000025", "CBC.99000035");
            assertThat(quotaBalance(quotaId)).isEqualByComparingTo("800.00");
            String couponId = answer.path("coupon_infos[0].coupon_id");
            assertThat(records(couponId, 1)).as("rule 47: type 1 issue").isEqualTo(1);
            billing.await(r -> r.value().contains(BillingEvents.COUPON_ISSUED.type()) && r.value().contains(couponId),
                    1, Duration.ofSeconds(30));
        }
    }

    @Test
    void rule42FaceValueMustBePositiveWithTwoDecimalsWithinTheQuotaAndCoveredByItsBalance() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String second = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        assertCbcError("zero", issue(partner, issueBody(quotaId, List.of(customer), "0")), 400, "CBC.0100");
        assertCbcError("negative", issue(partner, issueBody(quotaId, List.of(customer), "-5.00")), 400, "CBC.0100");
        assertCbcError("3 decimals", issue(partner, issueBody(quotaId, List.of(customer), "10.001")), 400, "CBC.0100");
        assertCbcError("below min", issue(partner, issueBody(quotaId, List.of(customer), "0.99")), 400, "CBC.99000018");
        assertCbcError("above max", issue(partner, issueBody(quotaId, List.of(customer), "500.01")), 400,
                "CBC.99000019");

        issueOne(partner, quotaId, customer, "500.00");
        issueOne(partner, quotaId, customer, "400.00");
        Response rest = issue(partner, issueBody(quotaId, List.of(customer, second), "60.00"));
        assertThat((List<String>) rest.path("coupon_infos.id")).containsExactly(customer);
        assertThat((List<String>) rest.path("error_details.error_code")).containsExactly("CBC.99000013");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("40.00");
    }

    @Test
    void rule42TheQuotaMustBeEffectiveAndUnexpired() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        Map<String, Object> future = quota(partner);
        future.put("effective_time", utc(Instant.now().plus(2, ChronoUnit.DAYS)));
        String notYet = grant(future);
        assertCbcError("not yet effective", issue(partner, issueBody(notYet, List.of(customer), "10.00")), 400,
                "CBC.99000017");

        String quotaId = grant(partner);
        clock.advance(Duration.ofDays(366));
        assertCbcError("expired", issue(partner, issueBody(quotaId, List.of(customer), "10.00")), 400,
                "CBC.99000017");
    }

    @Test
    void rule43AtMostTenServiceTypesAndProductsAndNoWiderThanTheQuota() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        Map<String, Object> limited = quota(partner);
        limited.put("cloud_service_types", List.of("ebs", "ec2"));
        limited.put("product_ids", List.of("p1", "p2"));
        String quotaId = grant(limited);
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> "s" + i).toList();

        Map<String, Object> tooMany = issueBody(quotaId, List.of(customer), "10.00");
        tooMany.put("cloud_service_types", eleven);
        assertCbcError("11 service types", issue(partner, tooMany), 400, "CBC.99000023");
        Map<String, Object> tooManyProducts = issueBody(quotaId, List.of(customer), "10.00");
        tooManyProducts.put("product_ids", eleven);
        assertCbcError("11 products", issue(partner, tooManyProducts), 400, "CBC.99000024");
        Map<String, Object> wider = issueBody(quotaId, List.of(customer), "10.00");
        wider.put("cloud_service_types", List.of("ebs", "obs"));
        assertCbcError("a service the quota does not allow", issue(partner, wider), 400, "CBC.99000023");
        Map<String, Object> widerProducts = issueBody(quotaId, List.of(customer), "10.00");
        widerProducts.put("product_ids", List.of("p3"));
        assertCbcError("a product the quota does not allow", issue(partner, widerProducts), 400, "CBC.99000024");

        Map<String, Object> narrower = issueBody(quotaId, List.of(customer), "10.00");
        narrower.put("cloud_service_types", List.of("ebs"));
        String couponId = issue(partner, narrower).path("coupon_infos[0].coupon_id");
        Response listed = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?coupon_id=" + couponId);
        // the coupon keeps its own service type and takes the quota's products
        assertThat((List<String>) listed.path("user_coupons[0].use_limits.value1"))
                .containsExactly("ebs", "p1", "p2");
    }

    @Test
    void rule44FirstAssociationOnlyQuotasGoOnlyToCustomersAssociatedForTheFirstTime() {
        String partner = registeredPartner();
        String previous = registeredPartner();
        String fresh = associatedCustomer(partner, 2);
        String returning = associatedCustomer(previous, 2);
        publish(CustomerEvents.TOPIC, previous, disassociated(previous, returning, 2));
        awaitCustomer(returning, c -> c.partnerId == null);
        publish(CustomerEvents.TOPIC, partner, associated(partner, returning, 2, null));
        awaitCustomer(returning, c -> partner.equals(c.partnerId));
        Map<String, Object> body = quota(partner);
        body.put("first_association_only", true);
        String quotaId = grant(body);

        Response answer = issue(partner, issueBody(quotaId, List.of(fresh, returning), "10.00"));
        assertThat((List<String>) answer.path("coupon_infos.id")).containsExactly(fresh);
        assertThat((List<String>) answer.path("error_details.error_code")).containsExactly("CBC.99000022");
    }

    @Test
    void reclaimReturnsTheRemainingBalanceToTheQuotaOnceAndAnswers204() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String couponId = issueOne(partner, quotaId, customer, "250.00");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("750.00");

        Response reclaimed = reclaim(partner, couponId);
        assertThat(reclaimed.statusCode()).as(reclaimed.asString()).isEqualTo(204);
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("1000.00");
        assertThat(records(couponId, 2)).as("rule 47: type 2 manual reclaim").isEqualTo(1);
        assertCbcError("already reclaimed", reclaim(partner, couponId), 400, "CBC.91006101");
        Response listed = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?status=5&customer_id=" + customer);
        assertThat((List<String>) listed.path("user_coupons.coupon_id")).containsExactly(couponId);
    }

    @Test
    void rule46CouponStatusesFollowTimesBalanceAndReclaim() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String usable = issueOne(partner, quotaId, customer, "10.00");
        Map<String, Object> later = issueBody(quotaId, List.of(customer), "10.00");
        later.put("valid_time", utc(Instant.now().plus(10, ChronoUnit.DAYS)));
        later.put("expire_time", utc(Instant.now().plus(20, ChronoUnit.DAYS)));
        String inactive = issue(partner, later).path("coupon_infos[0].coupon_id");
        String reclaimed = issueOne(partner, quotaId, customer, "10.00");
        reclaim(partner, reclaimed);

        assertThat(statusOf(partner, usable)).isEqualTo(2);
        assertThat(statusOf(partner, inactive)).isEqualTo(1);
        assertThat(statusOf(partner, reclaimed)).isEqualTo(5);
        clock.advance(Duration.ofDays(30));
        assertThat(statusOf(partner, inactive)).isEqualTo(4);
        Response expired = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?status=4&customer_id=" + customer);
        assertThat((List<String>) expired.path("user_coupons.coupon_id")).containsExactly(inactive);
    }

    @Test
    void rule47TheOperationLogFiltersByTypeCouponAndQuota() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String first = issueOne(partner, quotaId, customer, "10.00");
        String second = issueOne(partner, quotaId, customer, "20.00");
        reclaim(partner, first);

        Response issues = given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons/records/query?operation_types=1&quota_id=" + quotaId);
        assertThat((List<String>) issues.path("records.coupon_id")).containsExactlyInAnyOrder(first, second);
        Response both = given().auth().oauth2(Tokens.partner(partner)).queryParam("operation_types", "1", "2")
                .queryParam("coupon_ids", first).get("/v2/promotions/benefits/partner-coupons/records/query");
        assertThat((List<String>) both.path("records.operation_type")).containsExactlyInAnyOrder("1", "2");
        assertThat(both.jsonPath().getDouble("records[0].operation_amount")).isEqualTo(10.00);
        assertCbcError("operation type 10", given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons/records/query?operation_types=10"), 400, "CBC.0100");
    }

    @Test
    void rule48ACustomerSeesItsUsableCouponsAndOnlyTwelveMonthsOfReclaimedOnes() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        Map<String, Object> long_ = quota(partner);
        long_.put("expire_time", utc(Instant.now().plus(3 * 365, ChronoUnit.DAYS)));
        String quotaId = grant(long_);
        String old = issueOne(partner, quotaId, customer, "10.00");
        reclaim(partner, old);
        String usable = issueOne(partner, quotaId, customer, "20.00");

        assertThat(customerCoupons(customer)).containsExactlyInAnyOrder(old, usable);
        clock.advance(Duration.ofDays(400));
        String recent = issueOne(partner, quotaId, customer, "30.00");
        reclaim(partner, recent);
        assertThat(customerCoupons(customer)).containsExactlyInAnyOrder(usable, recent);
        Response partnerToken = given().auth().oauth2(Tokens.partner(partner)).get("/v2/promotions/benefits/coupons");
        assertCbcError("partners use the partner list", partnerToken, 403, "CBC.0151");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstIssueAndRefusesAnotherBody() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = issueBody(quotaId, List.of(customer), "10.00");
        Response first = given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v2/promotions/benefits/partner-coupons");
        Response again = given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v2/promotions/benefits/partner-coupons");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat((List<String>) again.path("coupon_infos.coupon_id"))
                .isEqualTo(first.path("coupon_infos.coupon_id"));
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("990.00");
        Response other = given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(issueBody(quotaId, List.of(customer), "11.00"))
                .post("/v2/promotions/benefits/partner-coupons");
        assertCbcError("same key, other body", other, 400, "CBC.99007009");
    }

    @Test
    void badInputIsACbcErrorNamingTheField() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        assertCbcError("no quota_id", issue(partner, Map.of("customer_ids", List.of(customer), "face_value", 1)), 400,
                "CBC.0101");
        assertCbcError("no customers", issue(partner, issueBody(quotaId, List.of(), "10.00")), 400, "CBC.0100");
        assertCbcError("a customer twice", issue(partner, issueBody(quotaId, List.of(customer, customer), "10.00")),
                400, "CBC.0100");
        Map<String, Object> badTime = issueBody(quotaId, List.of(customer), "10.00");
        badTime.put("valid_time", "tomorrow");
        assertCbcError("bad time", issue(partner, badTime), 400, "CBC.0100");
        Map<String, Object> outside = issueBody(quotaId, List.of(customer), "10.00");
        outside.put("expire_time", utc(Instant.now().plus(800, ChronoUnit.DAYS)));
        assertCbcError("beyond the quota", issue(partner, outside), 400, "CBC.0100");
        Map<String, Object> textValue = issueBody(quotaId, List.of(customer), "10.00");
        textValue.put("face_value", "ten");
        assertCbcError("face value as text", issue(partner, textValue), 400, "CBC.0101");
        assertCbcError("limit=abc", given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?limit=abc"), 400, "CBC.0100");
        assertCbcError("status 6", given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?status=6"), 400, "CBC.0100");
        assertCbcError("quota status 1", queryQuotas(partner, Map.of("quota_status_list", List.of(1))), 400,
                "CBC.0100");
        assertCbcError("no body", given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .post("/v2/promotions/benefits/partner-coupons/reclaim"), 400, "CBC.0101");
        Map<String, Object> badQuota = quota(partner);
        badQuota.put("min_face_value", new BigDecimal("600.00"));
        assertCbcError("min above max", grantResponse(badQuota), 400, "CBC.0100");
        Map<String, Object> badType = quota(partner);
        badType.put("quota_type", 2);
        assertCbcError("quota type 2", grantResponse(badType), 400, "CBC.0100");
    }

    @Test
    void anotherPartnersQuotaAndCouponAreRefusedOrInvisibleOnEveryEndpoint() {
        String partner = registeredPartner();
        String other = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String theirCustomer = associatedCustomer(other, 2);
        String theirQuota = grant(other);
        String theirCoupon = issueOne(other, theirQuota, theirCustomer, "10.00");
        String token = Tokens.partner(partner);

        assertCbcError("issue from their quota", issue(partner, issueBody(theirQuota, List.of(customer), "10.00")),
                400, "CBC.99000012");
        assertCbcError("reclaim their coupon", reclaim(partner, theirCoupon), 404, "CBC.91006100");
        assertThat(queryQuotas(partner, Map.of("quota_ids", List.of(theirQuota))).<Integer>path("total_count"))
                .isZero();
        assertThat(given().auth().oauth2(token).get("/v2/promotions/benefits/partner-coupons?coupon_id=" + theirCoupon)
                .<Integer>path("total_count")).isZero();
        assertThat(given().auth().oauth2(token)
                .get("/v2/promotions/benefits/partner-coupons/records/query?quota_id=" + theirQuota)
                .<Integer>path("total_count")).isZero();
        assertThat(given().auth().oauth2(token).get("/v2/partners/coupon-quotas/records?quota_id=" + theirQuota)
                .<Integer>path("total_count")).isZero();
        assertThat(given().auth().oauth2(token).get("/v2/partners/issued-coupon-quotas?quota_id=" + theirQuota)
                .<Integer>path("total_count")).isZero();
        Response adjust = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("quota_id", theirQuota, "indirect_partner_ids", List.of(other), "quota_amount", 1))
                .post("/v2/partners/coupon-quotas/indirect-partner-adjust");
        assertCbcError("give from their quota", adjust, 400, "CBC.99000012");
        Response take = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("quota_ids", List.of(theirQuota))).post("/v2/partners/coupon-quotas/indirect-partner-reclaim");
        assertThat((List<String>) take.path("error_details.error_code")).containsExactly("CBC.99000012");
        // acting for a partner that is not the caller's reseller
        assertCbcError("not my reseller", queryQuotas(partner, Map.of("indirect_partner_id", other)), 400,
                "CBC.99000037");
        assertCbcError("not my reseller", given().auth().oauth2(token)
                .get("/v2/promotions/benefits/partner-coupons?indirect_partner_id=" + other), 400, "CBC.99000037");
        // a customer sees only its own coupons
        assertThat(customerCoupons(customer)).doesNotContain(theirCoupon);
        assertThat(quotaBalance(theirQuota)).isEqualByComparingTo("990.00");
        assertThat(statusOf(other, theirCoupon)).isEqualTo(2);
    }

    @Test
    void anUnregisteredPartnerIsRefusedBeforeAnything() {
        String stranger = Tokens.newPartnerId();
        assertCbcError("unregistered", queryQuotas(stranger, Map.of()), 403, "CBC.5001");
    }

    static int statusOf(String partner, String couponId) {
        return given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/promotions/benefits/partner-coupons?coupon_id=" + couponId).path("user_coupons[0].status");
    }

    static List<String> customerCoupons(String customer) {
        Response response = given().auth().oauth2(Tokens.customer(customer))
                .get("/v2/promotions/benefits/coupons?limit=100");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.path("user_coupons.coupon_id");
    }

    static Response adjust(String quotaId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/v2/partners/coupon-quotas/" + quotaId + "/adjust");
    }
}
