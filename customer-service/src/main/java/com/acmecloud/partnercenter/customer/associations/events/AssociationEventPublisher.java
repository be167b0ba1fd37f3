package com.acmecloud.partnercenter.customer.associations.events;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Association lifecycle and freeze changes as {@code customer.events}, through the outbox (same transaction).
 * Key: the partner concerned (for a disassociation, the partner the customer left).
 */
@ApplicationScoped
public class AssociationEventPublisher {

    static final String MODE_SWITCH_RECLAIM = "MODE_SWITCH_RECLAIM";

    private final OutboxWriter outbox;

    AssociationEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> typeChangeRequested(AssociationChangeRequest request) {
        return outbox.append(CustomerEvents.ASSOCIATION_TYPE_CHANGE_REQUESTED, request.partnerId, request.customerId,
                new CustomerEvents.AssociationTypeChangeRequested(request.requestId.toString(), request.partnerId,
                        request.customerId, request.distributorId, request.fromType, request.toType,
                        request.requestedBy, request.requestedAt, request.expiresAt))
                .replaceWithVoid();
    }

    public Uni<Void> typeChangeDecided(AssociationChangeRequest request) {
        return outbox.append(CustomerEvents.ASSOCIATION_TYPE_CHANGE_DECIDED, request.partnerId, request.customerId,
                new CustomerEvents.AssociationTypeChangeDecided(request.requestId.toString(), request.partnerId,
                        request.customerId, request.status.name(), request.decidedBy, request.decidedAt))
                .replaceWithVoid();
    }

    /** After a confirmed request was applied to the customer. */
    public Uni<Void> typeChanged(SubCustomer customer, AssociationChangeRequest request) {
        return outbox.append(CustomerEvents.ASSOCIATION_TYPE_CHANGED, request.partnerId, customer.customerId,
                new CustomerEvents.AssociationTypeChanged(request.partnerId, customer.customerId,
                        customer.distributorId, request.fromType, request.toType, request.requestId.toString(),
                        request.requestedBy, request.decidedBy, request.decidedAt, MODE_SWITCH_RECLAIM,
                        CustomerEvents.COUPON_MODE_SWITCH_RECLAIM, request.fromType == SubCustomer.RESALE,
                        request.toType == SubCustomer.RESALE))
                .replaceWithVoid();
    }

    public Uni<Void> disassociated(String partnerId, String distributorId, String customerId, int endedType,
                              Initiator initiator, String actor, String reason, Instant at) {
        return outbox.append(CustomerEvents.CUSTOMER_DISASSOCIATED, partnerId, customerId,
                new CustomerEvents.CustomerDisassociated(partnerId, customerId, distributorId, endedType,
                        initiator.name(), actor, reason, at, endedType == SubCustomer.RESALE,
                        CustomerEvents.COUPON_UNBIND_RECLAIM))
                .replaceWithVoid();
    }

    public Uni<Void> frozen(SubCustomer customer, FreezeType type, String reason, String by, Instant at) {
        return outbox.append(CustomerEvents.CUSTOMER_FROZEN, customer.partnerId, customer.customerId,
                new CustomerEvents.CustomerFrozen(customer.partnerId, customer.customerId, customer.distributorId,
                        type.name(), reason, by, at))
                .replaceWithVoid();
    }

    public Uni<Void> unfrozen(SubCustomer customer, FreezeType type, String reason, String by, Instant at) {
        return outbox.append(CustomerEvents.CUSTOMER_UNFROZEN, customer.partnerId, customer.customerId,
                new CustomerEvents.CustomerUnfrozen(customer.partnerId, customer.customerId, customer.distributorId,
                        type.name(), reason, by, at))
                .replaceWithVoid();
    }
}
