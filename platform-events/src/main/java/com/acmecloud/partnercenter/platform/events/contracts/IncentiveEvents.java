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

    /**
     * A version of a partner's monthly incentive statement was issued: version 1 when billing closed the month, a
     * later version when an operator recomputed it (never an edit of an earlier one).
     */
    public static final EventType<StatementIssued> STATEMENT_ISSUED =
            new EventType<>("incentive.statement_issued", 1, TOPIC, StatementIssued.class);

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

    /**
     * {@code month} YYYY-MM (GMT+8); {@code cause} PERIOD_CLOSED or RECOMPUTED; {@code deltaAmount} = total minus the
     * previous version's total (the whole total for version 1); {@code previousVersion} null for version 1.
     */
    public record StatementIssued(String statementId, String partnerId, String month, int version,
                                  Integer previousVersion, String cause, BigDecimal totalAmount,
                                  BigDecimal deltaAmount, String currency, int lines, Instant issuedAt) {
    }
}
