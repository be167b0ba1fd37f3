package com.acmecloud.partnercenter.billing.funds.service;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A distributor's movements to and from its cloud reseller (Huawei's indirect-partner-adjust / -reclaim): trade type
 * TRANS on the distributor's book. Allocation takes the distributor's allocatable amount into the reseller's balance
 * (account type 1); reclaim takes at most the reseller's balance and allocatable amount (rule 36) back. Only a
 * reseller whose link to the caller is in force (CBC.99000037 otherwise).
 *
 * <p>The two partners' accounts are locked before the retry check: copies of one request keyed only by the body's
 * {@code trans_id} (no Idempotency-Key record serialises them) then run one after the other, and the later ones find
 * the first's transaction and answer its trans id, instead of all passing the check and the later ones failing on the
 * ledger's unique key with CBC.99007009 (found by suite-tests' BankIT). The ledger takes the same locks again.
 */
@ApplicationScoped
public class ResellerFunds {

    public static final String ADJUST_MEMO = "INDIRECT_PARTNER_ADJUST";
    public static final String RECLAIM_MEMO = "INDIRECT_PARTNER_RECLAIM";

    private final PartnerScopes scopes;
    private final Ledger ledger;
    private final AccountRepository accounts;
    private final OutboxWriter outbox;
    private final Clock clock;

    ResellerFunds(PartnerScopes scopes, Ledger ledger, AccountRepository accounts, OutboxWriter outbox, Clock clock) {
        this.scopes = scopes;
        this.ledger = ledger;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the trans id (a retry with the same key and request returns the first one, moving nothing) */
    public Uni<String> move(boolean allocate, String distributorId, String actor, String resellerId, BigDecimal yuan,
                            String key) {
        BigDecimal amount = yuan.setScale(2);
        String memo = allocate ? ADJUST_MEMO : RECLAIM_MEMO;
        Set<AccountRef> involved = new LinkedHashSet<>(Ledger.allocatableParts(distributorId));
        involved.addAll(Ledger.allocatableParts(resellerId));
        return scopes.linkedReseller(distributorId, resellerId)
                .chain(() -> accounts.ensure(involved, clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .chain(() -> accounts.lock(involved))
                .chain(() -> ledger.replay(distributorId, TradeType.TRANS, key, null, resellerId, amount, memo))
                .chain(replayed -> {
                    if (replayed != null) {
                        return Uni.createFrom().item(replayed);
                    }
                    AccountRef distributorAllocated = AccountRef.partner(distributorId, AccountKind.ALLOCATED);
                    AccountRef resellerCash = AccountRef.partner(resellerId, AccountKind.CASH);
                    Movement.Builder movement = Movement.builder(TradeType.TRANS, distributorId, amount)
                            .counterparty(resellerId).actor(actor).idempotencyKey(key).memo(memo);
                    if (allocate) {
                        movement.transfer(distributorAllocated, resellerCash);
                    } else {
                        movement.transfer(resellerCash, distributorAllocated);
                    }
                    return ledger.post(movement.build()).chain(posting -> outbox.append(
                            allocate ? BillingEvents.INDIRECT_PARTNER_FUNDS_ALLOCATED
                                    : BillingEvents.INDIRECT_PARTNER_FUNDS_RECLAIMED,
                            distributorId, resellerId, new BillingEvents.IndirectPartnerFundsMoved(distributorId,
                                    resellerId, posting.transId(), amount, posting.allocatableAfter(distributorId),
                                    posting.balanceAfter(resellerCash), actor, posting.transaction().createdAt))
                            .replaceWith(posting.transId()));
                });
    }
}
