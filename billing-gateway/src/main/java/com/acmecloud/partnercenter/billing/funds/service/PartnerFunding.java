package com.acmecloud.partnercenter.billing.funds.service;

import com.acmecloud.partnercenter.billing.funds.domain.FundsAudit;
import com.acmecloud.partnercenter.billing.funds.repository.FundsAuditRepository;
import com.acmecloud.partnercenter.billing.funds.repository.PartnerCreditLimitRepository;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Where money enters the suite: an operator recharges a partner (RECHARGE into account type 1) or sets its credit
 * limit (ADJUST of account type 2 by the difference). Every change is audited in {@code funds_audit} (who, when, the
 * value before and after, why) in the same transaction as the money, and published on billing.events. Runs inside
 * the request's transaction; only partners billing knows as registered (CBC.91001001 otherwise).
 */
@ApplicationScoped
public class PartnerFunding {

    /** What an operator change left: values before and after, the partner's balances after. */
    public record Change(String partnerId, String changeType, String transId, BigDecimal valueBefore,
                         BigDecimal valueAfter, BigDecimal allocatableAfter, String reason, String changedBy,
                         Instant changedAt) {
    }

    private final PartnerProjectionRepository partners;
    private final PartnerCreditLimitRepository limits;
    private final FundsAuditRepository audits;
    private final Ledger ledger;
    private final OutboxWriter outbox;
    private final Clock clock;

    PartnerFunding(PartnerProjectionRepository partners, PartnerCreditLimitRepository limits,
                   FundsAuditRepository audits, Ledger ledger, OutboxWriter outbox, Clock clock) {
        this.partners = partners;
        this.limits = limits;
        this.audits = audits;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Change> recharge(String partnerId, BigDecimal yuan, String reason, String operator) {
        BigDecimal amount = yuan.setScale(2);
        AccountRef cash = AccountRef.partner(partnerId, AccountKind.CASH);
        return requireKnown(partnerId)
                .chain(() -> ledger.post(Movement.builder(TradeType.RECHARGE, partnerId, amount)
                        .actor(operator).memo(reason)
                        .transfer(AccountRef.platform(AccountKind.FUNDING_CASH), cash).build()))
                .chain(posting -> {
                    BigDecimal after = posting.balanceAfter(cash);
                    Change change = new Change(partnerId, FundsAudit.RECHARGE, posting.transId(), after.subtract(amount),
                            after, posting.allocatableAfter(partnerId), reason, operator,
                            posting.transaction().createdAt);
                    return audit(change).chain(() -> outbox.append(BillingEvents.PARTNER_ACCOUNT_RECHARGED, partnerId,
                            partnerId, new BillingEvents.PartnerAccountRecharged(partnerId, posting.transId(), amount,
                                    after, change.allocatableAfter(), reason, operator, change.changedAt())))
                            .replaceWith(change);
                });
    }

    /**
     * Sets the limit; the CREDIT account moves by the difference. Lowering it below what the partner has allocated
     * or used is refused with CBC.99005003 (rule 34: the allocatable amount never goes below zero).
     */
    public Uni<Change> setCreditLimit(String partnerId, BigDecimal yuan, String reason, String operator) {
        BigDecimal limit = yuan.setScale(2);
        AccountRef credit = AccountRef.partner(partnerId, AccountKind.CREDIT);
        return requireKnown(partnerId)
                .chain(() -> limits.forUpdate(partnerId, clock.instant()))
                .chain(row -> {
                    BigDecimal before = row.creditLimit;
                    BigDecimal delta = limit.subtract(before);
                    Uni<Posting> moved = delta.signum() == 0 ? Uni.createFrom().nullItem()
                            : ledger.post(adjustment(partnerId, credit, delta, operator, reason));
                    return moved.chain(posting -> {
                        row.creditLimit = limit;
                        row.updatedAt = clock.instant();
                        Uni<BigDecimal> allocatable = posting != null
                                ? Uni.createFrom().item(posting.allocatableAfter(partnerId))
                                : ledger.balances(Ledger.allocatableParts(partnerId)).map(balances -> balances.values()
                                        .stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
                        return allocatable.chain(allocatableAfter -> {
                            Change change = new Change(partnerId, FundsAudit.CREDIT_LIMIT,
                                    posting == null ? null : posting.transId(), before, limit, allocatableAfter,
                                    reason, operator, posting == null ? clock.instant()
                                            : posting.transaction().createdAt);
                            Uni<BigDecimal> creditAfter = posting != null
                                    ? Uni.createFrom().item(posting.balanceAfter(credit))
                                    : ledger.balances(Set.of(credit)).map(balances -> balances.get(credit));
                            return audit(change).chain(() -> creditAfter).chain(creditBalance -> outbox.append(
                                    BillingEvents.PARTNER_CREDIT_CHANGED, partnerId, partnerId,
                                    new BillingEvents.PartnerCreditChanged(partnerId, change.transId(), before, limit,
                                            creditBalance, allocatableAfter, reason, operator, change.changedAt())))
                                    .replaceWith(change);
                        });
                    });
                });
    }

    private static Movement adjustment(String partnerId, AccountRef credit, BigDecimal delta, String operator,
                                       String reason) {
        AccountRef funding = AccountRef.platform(AccountKind.FUNDING_CREDIT);
        Movement.Builder movement = Movement.builder(TradeType.ADJUST, partnerId, delta.abs())
                .actor(operator).memo(reason);
        return (delta.signum() > 0 ? movement.transfer(funding, credit) : movement.transfer(credit, funding)).build();
    }

    private Uni<Void> audit(Change change) {
        FundsAudit audit = new FundsAudit();
        audit.partnerId = change.partnerId();
        audit.changeType = change.changeType();
        audit.valueBefore = change.valueBefore();
        audit.valueAfter = change.valueAfter();
        audit.reason = change.reason();
        audit.transId = change.transId();
        audit.changedBy = change.changedBy();
        audit.changedAt = change.changedAt();
        return audits.persist(audit).replaceWithVoid();
    }

    private Uni<Void> requireKnown(String partnerId) {
        if (partnerId.length() > 64) {
            return Uni.createFrom().failure(new CbcException(CbcError.PARTNER_NOT_FOUND));
        }
        return partners.findById(partnerId).invoke(partner -> {
            if (partner == null || !partner.registered) {
                throw new CbcException(CbcError.PARTNER_NOT_FOUND);
            }
        }).replaceWithVoid();
    }
}
