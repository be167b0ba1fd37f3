package com.acmecloud.partnercenter.billing.ledger.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The result of a posted movement: the transaction, its entries, and the balances after it of every account the
 * ledger locked for it (the legs' accounts and, for each partner involved, the parts of its allocatable amount).
 */
public record Posting(LedgerTransaction transaction, List<LedgerEntry> entries, Map<AccountRef, BigDecimal> balances) {

    public String transId() {
        return transaction.transId;
    }

    /** The balance after the movement of an account it locked (zero for one it did not touch and that is new). */
    public BigDecimal balanceAfter(AccountRef account) {
        BigDecimal balance = balances.get(account);
        if (balance == null) {
            throw new IllegalArgumentException("the movement did not lock " + account);
        }
        return balance;
    }

    /** Rule 34: the partner's allocatable amount (account type 8) after the movement. */
    public BigDecimal allocatableAfter(String partnerId) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (AccountKind kind : AccountKind.ALLOCATABLE_PARTS) {
            total = total.add(balanceAfter(AccountRef.partner(partnerId, kind)));
        }
        return total;
    }
}
