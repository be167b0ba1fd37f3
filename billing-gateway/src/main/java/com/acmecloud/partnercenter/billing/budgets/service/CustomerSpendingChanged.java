package com.acmecloud.partnercenter.billing.budgets.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the consumption feature tells budgets after it charged a customer: the customer's <em>total</em> rated spending
 * of a billing month (GMT+8) so far. An absolute figure, so a repeated or late report changes nothing twice.
 */
public record CustomerSpendingChanged(String customerId, YearMonth period, BigDecimal periodAmount) {

    public CustomerSpendingChanged {
        Objects.requireNonNull(customerId);
        Objects.requireNonNull(period);
        Objects.requireNonNull(periodAmount);
        if (periodAmount.signum() < 0 || periodAmount.scale() > 2) {
            throw new IllegalArgumentException("spending is >= 0 with at most 2 decimals: " + periodAmount);
        }
    }
}
