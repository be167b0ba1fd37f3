package com.acmecloud.partnercenter.billing.coupons.service;

import com.acmecloud.partnercenter.billing.coupons.service.CouponQuotaService.GrantQuota;
import com.acmecloud.partnercenter.billing.payouts.service.CouponQuotaGrants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An incentive paid out as coupon quota (rule 59, "convert to coupon quota"): a cash quota (type 1) of the payout's
 * amount, effective at once for one year, from which the partner may issue coupons of any face value up to it, for
 * any service. The payout service calls this once per payout id, inside its transaction.
 */
@ApplicationScoped
public class PayoutQuotaGrants implements CouponQuotaGrants {

    static final String GRANTED_BY = "system:incentive-payout";
    private static final int CASH_QUOTA = 1;
    private static final BigDecimal SMALLEST_FACE_VALUE = new BigDecimal("0.01");

    private final CouponQuotaService quotas;
    private final Clock clock;

    PayoutQuotaGrants(CouponQuotaService quotas, Clock clock) {
        this.quotas = quotas;
        this.clock = clock;
    }

    @Override
    public Uni<String> grantFromPayout(String partnerId, String payoutId, BigDecimal amount, String statementRef) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        GrantQuota grant = new GrantQuota(partnerId, CASH_QUOTA, amount, SMALLEST_FACE_VALUE, amount, now,
                now.plus(365, ChronoUnit.DAYS), List.of(), List.of(), false,
                "incentive payout " + payoutId + (statementRef == null ? "" : " (" + statementRef + ")"));
        return quotas.grant(GRANTED_BY, grant).map(quota -> quota.quotaId);
    }
}
