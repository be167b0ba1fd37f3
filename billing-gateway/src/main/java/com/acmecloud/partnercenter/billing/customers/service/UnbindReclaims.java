package com.acmecloud.partnercenter.billing.customers.service;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Rule 38 / rules 29–30: when a resale customer leaves resale (disassociation, or a switch to referral, with
 * {@code unbind_reclaim}), what remains of the partner's allocation returns to the partner as one BEUNBIND
 * movement, keyed by the causing event's id: a redelivered event moves nothing (the consumer records the event id in
 * the same transaction, and the ledger refuses a second transaction with the same key).
 */
@ApplicationScoped
public class UnbindReclaims {

    static final String ACTOR = "system";

    private final AccountRepository accounts;
    private final Ledger ledger;
    private final OutboxWriter outbox;

    UnbindReclaims(AccountRepository accounts, Ledger ledger, OutboxWriter outbox) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** Runs inside the consumer's transaction. */
    public Uni<Void> reclaim(CloudEvent cause, String partnerId, String customerId, String distributorId) {
        AccountRef customerFunds = AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE);
        AccountRef partnerAllocated = AccountRef.partner(partnerId, AccountKind.ALLOCATED);
        Set<AccountRef> involved = new LinkedHashSet<>(Ledger.allocatableParts(partnerId));
        involved.add(customerFunds);
        // lock in the ledger's order before reading the amount, so no allocation or reclaim slips in between
        return accounts.lock(involved).chain(locked -> {
            BigDecimal remaining = locked.stream().filter(row -> row.ref().equals(customerFunds))
                    .map(row -> row.balance).findFirst().orElse(BigDecimal.ZERO);
            if (remaining.signum() <= 0) {
                return Uni.createFrom().voidItem();
            }
            Movement movement = Movement.builder(TradeType.BEUNBIND, partnerId, remaining)
                    .customer(customerId)
                    .actor(ACTOR)
                    .idempotencyKey(cause.id())
                    .memo(cause.type())
                    .transfer(customerFunds, partnerAllocated)
                    .build();
            return ledger.post(movement).chain(posting -> outbox.append(BillingEvents.FUNDS_UNBIND_RECLAIMED,
                    partnerId, customerId, new BillingEvents.CustomerFundsMoved(partnerId, customerId, distributorId,
                            posting.transId(), TradeType.BEUNBIND.name(), remaining,
                            posting.balanceAfter(customerFunds), posting.allocatableAfter(partnerId), ACTOR,
                            cause.id(), posting.transaction().createdAt))).replaceWithVoid();
        });
    }
}
