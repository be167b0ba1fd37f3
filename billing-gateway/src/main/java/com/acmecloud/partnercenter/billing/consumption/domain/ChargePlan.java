package com.acmecloud.partnercenter.billing.consumption.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch's new records of one resale customer do to its allocated balance and debt (pure arithmetic, posted by
 * {@code CustomerCharging} through the ledger):
 * <ol>
 *   <li>the cash of unsubscribe records (bill type 1) is refunded: first against the debt, the rest to the balance;</li>
 *   <li>old debt is paid from the balance as far as it goes;</li>
 *   <li>the cash of consume records (bill type 0), in consume-time order, is deducted from the balance; what it
 *       cannot cover becomes debt, recorded on the records that were not covered.</li>
 * </ol>
 * Coupons and stored-value cards are not the allocated balance: only cash is charged. Write-offs (bill type 2) move
 * nothing.
 *
 * @param refundToDebt      part of the refund that cleared debt
 * @param refundToBalance   part of the refund credited to the balance
 * @param settledDebt       old debt paid from the balance
 * @param consumedCash      cash of the consume records
 * @param covered           part of it the balance paid
 * @param debtAdded         part of it that became debt
 * @param recordDebts       per consume record (in the order given), the part of its cash that became debt
 */
public record ChargePlan(BigDecimal balanceBefore, BigDecimal debtBefore, BigDecimal refundToDebt,
                         BigDecimal refundToBalance, BigDecimal settledDebt, BigDecimal consumedCash,
                         BigDecimal covered, BigDecimal debtAdded, List<BigDecimal> recordDebts) {

    public static ChargePlan of(BigDecimal balance, BigDecimal debt, BigDecimal refundCash, List<BigDecimal> consumeCash) {
        BigDecimal refundToDebt = refundCash.min(debt);
        BigDecimal refundToBalance = refundCash.subtract(refundToDebt);
        BigDecimal available = balance.add(refundToBalance);
        BigDecimal owed = debt.subtract(refundToDebt);
        BigDecimal settled = owed.min(available);
        available = available.subtract(settled);
        BigDecimal consumed = BigDecimal.ZERO.setScale(2);
        BigDecimal covered = BigDecimal.ZERO.setScale(2);
        List<BigDecimal> recordDebts = new ArrayList<>(consumeCash.size());
        for (BigDecimal cash : consumeCash) {
            BigDecimal paid = cash.min(available);
            available = available.subtract(paid);
            consumed = consumed.add(cash);
            covered = covered.add(paid);
            recordDebts.add(cash.subtract(paid).setScale(2));
        }
        return new ChargePlan(balance.setScale(2), debt.setScale(2), refundToDebt.setScale(2),
                refundToBalance.setScale(2), settled.setScale(2), consumed, covered,
                consumed.subtract(covered).setScale(2), List.copyOf(recordDebts));
    }

    public BigDecimal refund() {
        return refundToDebt.add(refundToBalance);
    }

    /** What the DEDEUCT movement takes from the balance: old debt paid plus consumption covered. */
    public BigDecimal deducted() {
        return settledDebt.add(covered);
    }

    /** The DEDEUCT movement's amount: old debt paid plus all consumption (covered or not). */
    public BigDecimal deductAmount() {
        return settledDebt.add(consumedCash);
    }

    public BigDecimal balanceAfter() {
        return balanceBefore.add(refundToBalance).subtract(deducted());
    }

    public BigDecimal debtAfter() {
        return debtBefore.subtract(refundToDebt).subtract(settledDebt).add(debtAdded);
    }
}
