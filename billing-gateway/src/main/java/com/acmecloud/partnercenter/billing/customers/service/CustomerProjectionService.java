package com.acmecloud.partnercenter.billing.customers.service;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Applies {@code customer.events} to {@code customer_projection} and opens resale customers' accounts. Events of one
 * customer may come from two partners' partitions (it left one and joined another), so an association change applies
 * only if it is not older than the last one applied, and a disassociation, type change or freeze only for the
 * partner the customer is associated with. Money consequences (unbind reclaims) are {@link UnbindReclaims}'.
 * Runs inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class CustomerProjectionService {

    /** Rule 14: grace periods under 1 day are raised to 1 while resale, under 7 days to 7 when resale ends. */
    static final int RESALE_GRACE_DAYS = 1;
    static final int LEFT_RESALE_GRACE_DAYS = 7;

    private final CustomerProjectionRepository projections;
    private final AccountRepository accounts;
    private final UnbindReclaims unbindReclaims;
    private final OutboxWriter outbox;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final Instance<ResaleAssociationListener> resaleListeners;

    CustomerProjectionService(CustomerProjectionRepository projections, AccountRepository accounts,
                              UnbindReclaims unbindReclaims, OutboxWriter outbox, CloudEventCodec codec, Clock clock,
                              Instance<ResaleAssociationListener> resaleListeners) {
        this.resaleListeners = resaleListeners;
        this.projections = projections;
        this.accounts = accounts;
        this.unbindReclaims = unbindReclaims;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    public Uni<Void> apply(CloudEvent event) {
        String type = event.type();
        if (type.equals(CustomerEvents.SUB_CUSTOMER_CREATED.type())) {
            var data = codec.payload(event, CustomerEvents.SUB_CUSTOMER_CREATED);
            return row(data.customerId()).invoke(customer -> {
                if (data.domainName() != null && data.domainName().length() <= 64) {
                    customer.domainName = data.domainName();
                }
            }).replaceWithVoid();
        } else if (type.equals(CustomerEvents.CUSTOMER_ASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_ASSOCIATED);
            return associated(data.partnerId(), data.customerId(), data.distributorId(),
                    requiredType(data.associationType()), data.associatedOn() == null ? event.time() : data.associatedOn());
        } else if (type.equals(CustomerEvents.ASSOCIATION_TYPE_CHANGED.type())) {
            var data = codec.payload(event, CustomerEvents.ASSOCIATION_TYPE_CHANGED);
            int newType = requiredType(data.associationType());
            return row(data.customerId()).chain(customer -> {
                if (!customer.isAssociatedWith(required(data.partnerId(), "partner_id"))) {
                    return Uni.createFrom().voidItem(); // stale: the customer has left this partner since
                }
                boolean wasResale = customer.isResale();
                customer.associationType = newType;
                customer.associationChangedAt = later(customer.associationChangedAt, data.changedAt());
                customer.minGracePeriodDays = newType == CustomerProjection.RESALE ? RESALE_GRACE_DAYS : null;
                Uni<Void> reclaim = data.unbindReclaim()
                        ? unbindReclaims.reclaim(event, data.partnerId(), data.customerId(), data.distributorId())
                        : Uni.createFrom().voidItem();
                return reclaim.chain(() -> newType == CustomerProjection.RESALE
                        ? openAccounts(customer).chain(() -> wasResale ? Uni.createFrom().voidItem() : resaleStarted(customer))
                        : Uni.createFrom().voidItem());
            });
        } else if (type.equals(CustomerEvents.CUSTOMER_DISASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_DISASSOCIATED);
            String partnerId = required(data.partnerId(), "partner_id");
            return row(data.customerId()).chain(customer -> {
                // the money returns to the partner it came from even if the customer already joined another
                Uni<Void> reclaim = data.unbindReclaim()
                        ? unbindReclaims.reclaim(event, partnerId, data.customerId(), data.distributorId())
                        : Uni.createFrom().voidItem();
                if (customer.isAssociatedWith(partnerId)) {
                    customer.partnerId = null;
                    customer.distributorId = null;
                    customer.associationType = null;
                    customer.freezeType = null;
                    customer.associationChangedAt = later(customer.associationChangedAt, data.disassociatedAt());
                    // rule 14: a resale customer that leaves gets a grace period of at least 7 days
                    customer.minGracePeriodDays = data.unbindReclaim() ? LEFT_RESALE_GRACE_DAYS : null;
                }
                return reclaim;
            });
        } else if (type.equals(CustomerEvents.CUSTOMER_FROZEN.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_FROZEN);
            return row(data.customerId()).invoke(customer -> {
                if (customer.isAssociatedWith(data.partnerId())) {
                    customer.freezeType = data.freezeType();
                }
            }).replaceWithVoid();
        } else if (type.equals(CustomerEvents.CUSTOMER_UNFROZEN.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_UNFROZEN);
            return row(data.customerId()).invoke(customer -> {
                if (customer.isAssociatedWith(data.partnerId())) {
                    customer.freezeType = null;
                }
            }).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> associated(String partner, String customerId, String distributorId, int associationType,
                                 Instant associatedOn) {
        String partnerId = required(partner, "partner_id");
        return row(customerId).chain(customer -> {
            if (customer.associationChangedAt != null && associatedOn != null
                    && associatedOn.isBefore(customer.associationChangedAt)) {
                return Uni.createFrom().voidItem(); // older than what the projection already shows
            }
            customer.partnerId = partnerId;
            customer.distributorId = distributorId;
            customer.associationType = associationType;
            customer.associatedOn = associatedOn;
            customer.associationChangedAt = associatedOn;
            customer.freezeType = null;
            customer.minGracePeriodDays = associationType == CustomerProjection.RESALE ? RESALE_GRACE_DAYS : null;
            return associationType == CustomerProjection.RESALE
                    ? openAccounts(customer).chain(() -> resaleStarted(customer)) : Uni.createFrom().voidItem();
        });
    }

    /** Tells the features that react to a new resale customer (budgets), one after the other. */
    private Uni<Void> resaleStarted(CustomerProjection customer) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ResaleAssociationListener listener : resaleListeners) {
            chain = chain.chain(() -> listener.resaleAssociationStarted(customer));
        }
        return chain;
    }

    /** A resale customer's accounts with its partner (allocated balance, debt), opened once. */
    private Uni<Void> openAccounts(CustomerProjection customer) {
        List<AccountRef> refs = List.of(
                AccountRef.customer(customer.customerId, customer.partnerId, AccountKind.ALLOCATED_BALANCE),
                AccountRef.customer(customer.customerId, customer.partnerId, AccountKind.DEBT));
        Instant now = clock.instant();
        return accounts.read(refs).chain(existing -> existing.size() == refs.size()
                ? Uni.createFrom().voidItem()
                : accounts.ensure(refs, now).chain(() -> outbox.append(BillingEvents.CUSTOMER_ACCOUNT_OPENED,
                        customer.partnerId, customer.customerId, new BillingEvents.CustomerAccountOpened(
                                customer.partnerId, customer.customerId, customer.distributorId,
                                CustomerProjection.RESALE, now))).replaceWithVoid());
    }

    private Uni<CustomerProjection> row(String customerId) {
        return projections.forUpdate(required(customerId, "customer_id"), clock.instant());
    }

    private static Instant later(Instant current, Instant candidate) {
        if (candidate == null) {
            return current;
        }
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private static int requiredType(int associationType) {
        if (associationType != CustomerProjection.REFERRAL && associationType != CustomerProjection.RESALE) {
            throw new UndecodableEventException("unknown association type " + associationType);
        }
        return associationType;
    }

    static String required(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return Objects.requireNonNull(id);
    }
}
