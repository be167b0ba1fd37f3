package com.acmecloud.partnercenter.platform.events.contracts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Contracts of topic {@code incentive.events}, published by incentive-service. Key: the partner id. Amounts are yuan
 * with 2 decimals.
 */
public final class IncentiveEvents {

    public static final String TOPIC = "incentive.events";

    /**
     * A partner's incentive is to be paid out (billing-gateway credits the account or grants coupon quota, once per
     * {@code payoutId}; rule 60 may refuse it).
     */
    public static final EventType<PayoutRequested> PAYOUT_REQUESTED =
            new EventType<>("incentive.payout_requested", 1, TOPIC, PayoutRequested.class);

    public static final String ACCOUNT_CREDIT = "ACCOUNT_CREDIT";
    public static final String COUPON_QUOTA = "COUPON_QUOTA";
    public static final String BANK_TRANSFER = "BANK_TRANSFER";

    private IncentiveEvents() {
    }

    /**
     * {@code amount}: the tax-inclusive settlement amount (rule 58), &gt; 0 with 2 decimals; {@code method}
     * ACCOUNT_CREDIT, COUPON_QUOTA or BANK_TRANSFER (rule 59); {@code statementRef}: the statement it settles.
     */
    public record PayoutRequested(String payoutId, String partnerId, BigDecimal amount, String method,
                                  String statementRef, Instant requestedAt) {
    }
}
