package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issue;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueBody;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueOne;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quota;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quotaBalance;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.reclaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rule 42 under concurrency: parallel issues and reclaims against one quota never overdraw it, and afterwards its
 * balance is exactly initial - issued + reclaimed (the quota row lock serialises them; nothing is checked before it).
 */
@QuarkusTest
class CouponConcurrencyTest {

    @Test
    void parallelIssuesAndReclaimsNeverOverdrawAQuota() throws Exception {
        String partner = registeredPartner();
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            customers.add(associatedCustomer(partner, 2));
        }
        Map<String, Object> body = quota(partner);
        body.put("quota_value", new BigDecimal("300.00"));
        String quotaId = grant(body);
        // coupons to reclaim while the issues run
        List<String> toReclaim = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            toReclaim.add(issueOne(partner, quotaId, customers.get(i), "10.00"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> issues = new ArrayList<>();
            List<Future<Response>> reclaims = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String customer = customers.get(i % customers.size());
                issues.add(pool.submit((Callable<Response>) () ->
                        issue(partner, issueBody(quotaId, List.of(customer), "15.00"))));
                if (i < toReclaim.size()) {
                    String couponId = toReclaim.get(i);
                    reclaims.add(pool.submit((Callable<Response>) () -> reclaim(partner, couponId)));
                }
            }
            int issued = 0;
            int refused = 0;
            for (Future<Response> future : issues) {
                Response response = future.get();
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                List<String> ok = response.path("coupon_infos.coupon_id");
                List<String> codes = response.path("error_details.error_code");
                issued += ok.size();
                refused += codes.size();
                assertThat(codes).allMatch("CBC.99000013"::equals);
            }
            for (Future<Response> future : reclaims) {
                assertThat(future.get().statusCode()).isEqualTo(204);
            }
            BigDecimal initial = new BigDecimal("300.00");
            BigDecimal issuedValue = new BigDecimal("40.00").add(new BigDecimal("15.00").multiply(new BigDecimal(issued)));
            BigDecimal reclaimedValue = new BigDecimal("40.00");
            // 260 left covers 17 coupons of 15; with the 40 reclaimed meanwhile, at most 20 (300 / 15)
            assertThat(issued + refused).isEqualTo(24);
            assertThat(issued).isBetween(17, 20);
            assertThat(quotaBalance(quotaId)).isEqualByComparingTo(initial.subtract(issuedValue).add(reclaimedValue));
            assertThat(quotaBalance(quotaId).signum()).isGreaterThanOrEqualTo(0);
        } finally {
            pool.shutdownNow();
        }
    }
}
