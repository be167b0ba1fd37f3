package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issue;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueBody;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueOne;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quotaBalance;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.reclaim;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.records;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi;
import com.acmecloud.partnercenter.billing.coupons.service.CouponExpiryJob;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rule 46's used and expired coupons and rule 47 type 4: consumption paid with partner coupons draws them down, the
 * coupon expiring first first and only for the cloud service types it is limited to; a coupon past its expire time
 * returns what it still holds to its quota once, and shows status 4.
 */
@QuarkusTest
class CouponLifecycleTest {

    @Inject
    TestClock clock;
    @Inject
    CouponExpiryJob expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void consumptionPaidWithPartnerCouponsDrawsThemDownUntilUsed() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        ConsumptionTestApi.fund(partner, customer, "100.00");
        String quotaId = grant(partner);
        Map<String, Object> storageOnly = issueBody(quotaId, List.of(customer), "30.00");
        storageOnly.put("cloud_service_types", List.of("hws.service.type.obs"));
        String obsCoupon = issued(issue(partner, storageOnly));
        String anyCoupon = issueOne(partner, quotaId, customer, "50.00");

        YearMonth cycle = ConsumptionTestApi.currentCycle();
        Map<String, Object> first = paidWithCoupon(customer, cycle, "hws.service.type.ec2", "10.00", "30.00");
        accepted(ConsumptionTestApi.ingest(List.of(first)), 1);
        assertCoupon(partner, anyCoupon, 2, "20.00");
        assertCoupon(partner, obsCoupon, 2, "30.00"); // limited to storage: it pays no compute

        accepted(ConsumptionTestApi.ingest(List.of(first)), 0); // re-sent: drawn once
        assertCoupon(partner, anyCoupon, 2, "20.00");

        // 25.00 more of compute: the 20.00 left pay what they can, the rest is the rating system's and is logged
        accepted(ConsumptionTestApi.ingest(List.of(
                paidWithCoupon(customer, cycle, "hws.service.type.ec2", "0.00", "25.00"))), 1);
        assertCoupon(partner, anyCoupon, 3, "0.00");
        // storage: only the storage coupon is left to pay it
        accepted(ConsumptionTestApi.ingest(List.of(
                paidWithCoupon(customer, cycle, "hws.service.type.obs", "1.00", "12.50"))), 1);
        assertCoupon(partner, anyCoupon, 3, "0.00");
        assertCoupon(partner, obsCoupon, 2, "17.50");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("920.00"); // using a coupon returns nothing
    }

    @Test
    void anExpiredCouponReturnsWhatItHoldsToItsQuotaOnce() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String coupon = issueOne(partner, quotaId, customer, "40.00");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("960.00");

        clock.advance(Duration.ofDays(366));
        Tx.onContext(() -> expiry.expireAll(0));
        assertCoupon(partner, coupon, 4, "0.00");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("1000.00");
        assertThat(records(coupon, 4)).isEqualTo(1);

        Tx.onContext(() -> expiry.expireAll(0));
        assertThat(records(coupon, 4)).isEqualTo(1);
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("1000.00");
        Response again = reclaim(partner, coupon);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(400);
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("1000.00");
    }

    private static Map<String, Object> paidWithCoupon(String customer, YearMonth cycle, String serviceType,
                                                      String cash, String coupon) {
        Map<String, Object> record = ConsumptionTestApi.record(ConsumptionTestApi.newRecordId(), customer, cycle,
                cash);
        BigDecimal couponAmount = new BigDecimal(coupon);
        record.put("cloud_service_type", serviceType);
        record.put("amount", new BigDecimal(cash).add(couponAmount));
        record.put("coupon_amount", couponAmount);
        record.put("partner_coupon_amount", couponAmount);
        return record;
    }

    private static void accepted(Response response, int count) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat((Integer) response.path("accepted_count")).as(response.asString()).isEqualTo(count);
    }

    private static String issued(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<String> ids = response.path("coupon_infos.coupon_id");
        assertThat(ids).as(response.asString()).hasSize(1);
        return ids.get(0);
    }

    private static void assertCoupon(String partner, String couponId, int status, String balance) {
        JsonPath found = given().auth().oauth2(Tokens.partner(partner)).queryParam("coupon_id", couponId)
                .get("/v2/promotions/benefits/partner-coupons").then().statusCode(200).extract().jsonPath();
        assertThat(found.getInt("total_count")).isEqualTo(1);
        assertThat(found.getInt("user_coupons[0].status")).as(couponId).isEqualTo(status);
        assertThat(new BigDecimal(found.getString("user_coupons[0].balance"))).as(couponId)
                .isEqualByComparingTo(balance);
    }
}
