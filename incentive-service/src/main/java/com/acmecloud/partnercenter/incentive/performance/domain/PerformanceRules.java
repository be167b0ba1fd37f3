package com.acmecloud.partnercenter.incentive.performance.domain;

import java.math.BigDecimal;

/**
 * Rule 56: performance is the associated customers' cash spending; spending by stored-value card counts as cash.
 * Coupons never count — Huawei-issued ones (test coupons included), vouchers marked as not counting, and (ASSUMPTION,
 * glossary 业绩: "coupon spending does not count") partner-issued ones — and neither does the purchase of a
 * stored-value card (the spending by it counts later). An unsubscription (bill type 1) takes back what its cash and
 * card part counted; a write-off (bill type 2) is no spending.
 */
public final class PerformanceRules {

    public static final int CONSUME = 0;
    public static final int UNSUBSCRIBE = 1;
    public static final int WRITE_OFF = 2;

    public enum Exclusion {
        STORED_VALUE_CARD_PURCHASE, WRITE_OFF, NOT_ASSOCIATED
    }

    /** What counts of one record (or of one sum of records), signed, and why nothing does if so. */
    public record Counted(BigDecimal amount, Exclusion exclusion) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private PerformanceRules() {
    }

    /**
     * @param cash             cash paid (&ge; 0)
     * @param storedValueCard  paid by stored-value card (&ge; 0)
     * @param cardPurchase     the part of {@code cash + storedValueCard} that bought stored-value cards
     */
    public static Counted count(int billType, BigDecimal cash, BigDecimal storedValueCard, BigDecimal cardPurchase,
                                boolean associated) {
        if (!associated) {
            return new Counted(ZERO, Exclusion.NOT_ASSOCIATED);
        }
        if (billType == WRITE_OFF) {
            return new Counted(ZERO, Exclusion.WRITE_OFF);
        }
        BigDecimal spent = cash.add(storedValueCard).subtract(cardPurchase).max(ZERO).setScale(2);
        if (spent.signum() == 0 && cardPurchase.signum() > 0) {
            return new Counted(ZERO, Exclusion.STORED_VALUE_CARD_PURCHASE);
        }
        return new Counted(billType == UNSUBSCRIBE ? spent.negate() : spent, null);
    }
}
