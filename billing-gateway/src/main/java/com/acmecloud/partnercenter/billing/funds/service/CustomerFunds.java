package com.acmecloud.partnercenter.billing.funds.service;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Allocation to and reclaim from a resale customer (Huawei's adjust-amount and reclaim). Runs inside the request's
 * transaction. The customer's row is locked first — the unbind reclaim of customer.events locks it too, so money never
 * goes to a customer that has just left — then the ledger locks the accounts. Another partner's customer, one
 * associated with nobody and an unknown id all get CBC.99000035 (customer-service's answer), never telling whether the
 * customer exists; a referral customer of the caller gets CBC.91006001 (rule 39).
 */
@ApplicationScoped
public class CustomerFunds {

    /** Which way the money goes. */
    public enum Direction {
        /** Partner → customer: BEADJUST (rule 35). */
        ALLOCATE(TradeType.BEADJUST),
        /** Customer → partner: BERETRIEVE (rule 36). */
        RECLAIM(TradeType.BERETRIEVE);

        final TradeType tradeType;

        Direction(TradeType tradeType) {
            this.tradeType = tradeType;
        }
    }

    /** A request to move money: {@code key} is the body's trans_id or the Idempotency-Key (null: none). */
    public record Command(String callerId, String actor, String customerId, BigDecimal amount,
                          String indirectPartnerId, String key) {
    }

    private final PartnerScopes scopes;
    private final CustomerProjectionRepository customers;
    private final Ledger ledger;
    private final OutboxWriter outbox;

    CustomerFunds(PartnerScopes scopes, CustomerProjectionRepository customers, Ledger ledger, OutboxWriter outbox) {
        this.scopes = scopes;
        this.customers = customers;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** @return the trans id (a retry with the same key and request returns the first one, moving nothing) */
    public Uni<String> move(Direction direction, Command command) {
        Command normalised = new Command(command.callerId(), command.actor(), command.customerId(),
                command.amount().setScale(2), command.indirectPartnerId(), command.key());
        return moveNormalised(direction, normalised);
    }

    private Uni<String> moveNormalised(Direction direction, Command command) {
        return scopes.actingFor(command.callerId(), command.indirectPartnerId())
                .chain(owner -> (command.customerId().length() > 64
                        ? Uni.createFrom().<CustomerProjection>nullItem()
                        : customers.lock(command.customerId()))
                        .chain(customer -> {
                            requireOwnResaleCustomer(owner, customer);
                            return ledger.replay(owner, direction.tradeType, command.key(), command.customerId(), null,
                                            command.amount())
                                    .chain(replayed -> replayed != null ? Uni.createFrom().item(replayed)
                                            : post(direction, command, owner));
                        }));
    }

    private Uni<String> post(Direction direction, Command command, String owner) {
        AccountRef partnerAllocated = AccountRef.partner(owner, AccountKind.ALLOCATED);
        AccountRef customerFunds = AccountRef.customer(command.customerId(), owner, AccountKind.ALLOCATED_BALANCE);
        Movement.Builder movement = Movement.builder(direction.tradeType, owner, command.amount())
                .customer(command.customerId())
                .actor(command.actor())
                .idempotencyKey(command.key());
        if (direction == Direction.ALLOCATE) {
            movement.transfer(partnerAllocated, customerFunds); // rule 35: at most the allocatable amount
        } else {
            movement.transfer(customerFunds, partnerAllocated); // rule 36: at most the remaining allocation
        }
        String distributorId = command.indirectPartnerId() == null ? null : command.callerId();
        return ledger.post(movement.build()).chain(posting -> outbox.append(
                direction == Direction.ALLOCATE ? BillingEvents.FUNDS_ALLOCATED : BillingEvents.FUNDS_RECLAIMED,
                owner, command.customerId(), new BillingEvents.CustomerFundsMoved(owner, command.customerId(),
                        distributorId, posting.transId(), direction.tradeType.name(), command.amount(),
                        posting.balanceAfter(customerFunds), posting.allocatableAfter(owner), command.actor(), null,
                        posting.transaction().createdAt))
                .replaceWith(posting.transId()));
    }

    /** CBC.99000035 for anything but the owner's customer; rule 39: CBC.91006001 for its referral customers. */
    static void requireOwnResaleCustomer(String owner, CustomerProjection customer) {
        if (customer == null || !customer.isAssociatedWith(owner)) {
            throw new CbcException(CbcError.NOT_YOUR_SUB_CUSTOMER);
        }
        if (!customer.isResale()) {
            throw new CbcException(CbcError.REFERRAL_CUSTOMER_FUNDS_REFUSED);
        }
    }
}
