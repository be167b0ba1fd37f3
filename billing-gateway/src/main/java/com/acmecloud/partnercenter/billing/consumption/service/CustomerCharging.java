package com.acmecloud.partnercenter.billing.consumption.service;

import com.acmecloud.partnercenter.billing.consumption.domain.ChargePlan;
import com.acmecloud.partnercenter.billing.consumption.domain.RatedRecord;
import com.acmecloud.partnercenter.billing.consumption.repository.ConsumptionRecordRepository;
import com.acmecloud.partnercenter.billing.ledger.domain.Account;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Charges a resale customer's new consumption to its allocated balance through the ledger (rule 34: the partner's
 * balance does not fall again; the money the partner allocated leaves the suite to the platform):
 * <ul>
 *   <li>REFUND (unsubscribe cash): {@code DEBT -x, FUNDING_CREDIT +x} for the part that clears debt,
 *       {@code FUNDING_CASH -y, ALLOCATED_BALANCE +y} for the rest;</li>
 *   <li>DEDEUCT: {@code ALLOCATED_BALANCE -(paid), FUNDING_CASH +(paid)} for old debt paid and consumption covered;
 *       {@code DEBT +n, FUNDING_CREDIT -n} for the net change of debt (new debt minus old debt paid).</li>
 * </ul>
 * The platform's FUNDING_CREDIT thus holds minus the customers' debt. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class CustomerCharging {

    /** What a charge did: the part of each consume record that became debt (records with none are left out). */
    public record Charged(Map<String, BigDecimal> recordDebts) {
    }

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final ConsumptionRecordRepository records;
    private final OutboxWriter outbox;

    CustomerCharging(AccountRepository accounts, Ledger ledger, ConsumptionRecordRepository records,
                     OutboxWriter outbox) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.records = records;
        this.outbox = outbox;
    }

    /** The accounts a charge of these (customer, partner) pairs changes; lock them all at once, in id order. */
    public static Set<AccountRef> accountsOf(Collection<String[]> customerPartners) {
        Set<AccountRef> refs = new LinkedHashSet<>();
        for (String[] pair : customerPartners) {
            refs.add(AccountRef.customer(pair[0], pair[1], AccountKind.ALLOCATED_BALANCE));
            refs.add(AccountRef.customer(pair[0], pair[1], AccountKind.DEBT));
        }
        refs.add(AccountRef.platform(AccountKind.FUNDING_CASH));
        refs.add(AccountRef.platform(AccountKind.FUNDING_CREDIT));
        return refs;
    }

    /**
     * Locks the accounts of all the pairs in one statement, in account-id order (the order the ledger locks in), so
     * a batch's charges never deadlock with each other or with allocations.
     */
    public Uni<Void> lockAll(Collection<String[]> customerPartners, Instant now) {
        Set<AccountRef> refs = accountsOf(customerPartners);
        return accounts.ensure(refs, now).chain(() -> accounts.lock(refs)).replaceWithVoid();
    }

    /**
     * Charges one customer: refund, old debt paid from the balance, then the consume records in the order given.
     *
     * @param batchId  the ingest batch, or null for a settlement of old debt only
     * @param consumes the new consume records (bill type 0), in consume-time order
     */
    public Uni<Charged> charge(UUID batchId, String customerId, String partnerId, String distributorId,
                               BigDecimal refundCash, List<RatedRecord> consumes, String actor, Instant now) {
        AccountRef balanceRef = AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE);
        AccountRef debtRef = AccountRef.customer(customerId, partnerId, AccountKind.DEBT);
        Set<AccountRef> refs = accountsOf(List.<String[]>of(new String[] {customerId, partnerId}));
        return accounts.ensure(refs, now).chain(() -> accounts.lock(refs)).chain(locked -> {
            Map<AccountRef, Account> byRef = new LinkedHashMap<>();
            locked.forEach(account -> byRef.put(account.ref(), account));
            ChargePlan plan = ChargePlan.of(byRef.get(balanceRef).balance, byRef.get(debtRef).balance, refundCash,
                    consumes.stream().map(RatedRecord::cashAmount).toList());
            if (plan.refund().signum() == 0 && plan.deductAmount().signum() == 0) {
                return Uni.createFrom().item(new Charged(Map.of()));
            }
            UUID chargeId = UUID.randomUUID();
            String key = chargeId.toString();
            return postRefund(plan, key, customerId, partnerId, actor)
                    .chain(refund -> postDeduct(plan, key, customerId, partnerId, actor)
                            .chain(deduct -> recordCharge(plan, chargeId, batchId, customerId, partnerId,
                                    distributorId, refund, deduct, now)))
                    .replaceWith(() -> {
                        Map<String, BigDecimal> debts = new LinkedHashMap<>();
                        for (int i = 0; i < consumes.size(); i++) {
                            if (plan.recordDebts().get(i).signum() > 0) {
                                debts.put(consumes.get(i).recordId(), plan.recordDebts().get(i));
                            }
                        }
                        return new Charged(debts);
                    });
        });
    }

    private Uni<Posting> postRefund(ChargePlan plan, String key, String customerId, String partnerId, String actor) {
        if (plan.refund().signum() == 0) {
            return Uni.createFrom().nullItem();
        }
        Movement.Builder movement = Movement.builder(TradeType.REFUND, partnerId, plan.refund())
                .customer(customerId).actor(actor).idempotencyKey(key).memo("consumption refund (unsubscribe)");
        if (plan.refundToDebt().signum() > 0) {
            movement.transfer(AccountRef.customer(customerId, partnerId, AccountKind.DEBT),
                    AccountRef.platform(AccountKind.FUNDING_CREDIT), plan.refundToDebt());
        }
        if (plan.refundToBalance().signum() > 0) {
            movement.transfer(AccountRef.platform(AccountKind.FUNDING_CASH),
                    AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE),
                    plan.refundToBalance());
        }
        return ledger.post(movement.build());
    }

    private Uni<Posting> postDeduct(ChargePlan plan, String key, String customerId, String partnerId, String actor) {
        if (plan.deductAmount().signum() == 0) {
            return Uni.createFrom().nullItem();
        }
        Movement.Builder movement = Movement.builder(TradeType.DEDEUCT, partnerId, plan.deductAmount())
                .customer(customerId).actor(actor).idempotencyKey(key)
                .memo(plan.consumedCash().signum() > 0 ? "consumption" : "arrears settlement");
        if (plan.deducted().signum() > 0) {
            movement.transfer(AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE),
                    AccountRef.platform(AccountKind.FUNDING_CASH), plan.deducted());
        }
        BigDecimal debtChange = plan.debtAdded().subtract(plan.settledDebt());
        if (debtChange.signum() != 0) {
            movement.leg(AccountRef.customer(customerId, partnerId, AccountKind.DEBT), debtChange)
                    .leg(AccountRef.platform(AccountKind.FUNDING_CREDIT), debtChange.negate());
        }
        return ledger.post(movement.build());
    }

    private Uni<Void> recordCharge(ChargePlan plan, UUID chargeId, UUID batchId, String customerId, String partnerId,
                                   String distributorId, Posting refund, Posting deduct, Instant now) {
        String refundTransId = refund == null ? null : refund.transId();
        String deductTransId = deduct == null ? null : deduct.transId();
        Uni<Void> written = records.insertCharge(chargeId, batchId, customerId, partnerId, plan.consumedCash(),
                        plan.refund(), plan.debtAdded(), plan.debtAfter(), plan.balanceAfter(), deductTransId,
                        refundTransId, now)
                .chain(() -> outbox.append(BillingEvents.CUSTOMER_CHARGED, partnerId, customerId,
                        new BillingEvents.CustomerCharged(partnerId, customerId, distributorId, chargeId.toString(),
                                batchId == null ? null : batchId.toString(), plan.consumedCash(), plan.refund(),
                                deductTransId, refundTransId, plan.debtAdded(), plan.debtAfter(),
                                plan.balanceAfter(), now)))
                .replaceWithVoid();
        if (plan.debtAfter().compareTo(plan.debtBefore()) == 0) {
            return written;
        }
        String cause = plan.debtAdded().signum() > 0 ? "CONSUMPTION"
                : plan.refundToDebt().signum() > 0 ? "REFUND" : "SETTLEMENT";
        return written.chain(() -> outbox.append(BillingEvents.CUSTOMER_ARREARS_CHANGED, partnerId, customerId,
                new BillingEvents.CustomerArrearsChanged(partnerId, customerId, distributorId, plan.debtBefore(),
                        plan.debtAfter(), plan.balanceAfter(), plan.debtAfter().signum() > 0, cause,
                        deductTransId != null ? deductTransId : refundTransId, now))).replaceWithVoid();
    }
}
