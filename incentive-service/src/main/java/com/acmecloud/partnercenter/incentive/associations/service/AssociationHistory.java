package com.acmecloud.partnercenter.incentive.associations.service;

import com.acmecloud.partnercenter.incentive.associations.domain.AssociationPeriod;
import com.acmecloud.partnercenter.incentive.associations.repository.AssociationPeriodRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each customer's association history as time slices from {@code customer.events}: who it was associated with,
 * in which mode, from when to when. Events of one customer may arrive out of order when it moved between partners
 * (each partner's events are on its own partition), so every change is placed by its own time: an association
 * ends whatever slice covers its start and runs until the next known slice; a disassociation or a switch ends the
 * partner's slice that covers its time. Runs inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class AssociationHistory {

    private final AssociationPeriodRepository periods;
    private final CloudEventCodec codec;

    AssociationHistory(AssociationPeriodRepository periods, CloudEventCodec codec) {
        this.periods = periods;
        this.codec = codec;
    }

    public Uni<Void> apply(CloudEvent event) {
        String type = event.type();
        UUID eventId = UUID.fromString(event.id());
        if (type.equals(CustomerEvents.CUSTOMER_ASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_ASSOCIATED);
            Instant at = data.associatedOn() == null ? event.time() : data.associatedOn();
            return associated(id(data.customerId(), "customer_id"), id(data.partnerId(), "partner_id"),
                    data.distributorId(), mode(data.associationType()), required(at), eventId);
        }
        if (type.equals(CustomerEvents.ASSOCIATION_TYPE_CHANGED.type())) {
            var data = codec.payload(event, CustomerEvents.ASSOCIATION_TYPE_CHANGED);
            return switched(id(data.customerId(), "customer_id"), id(data.partnerId(), "partner_id"),
                    data.distributorId(), mode(data.associationType()), required(data.changedAt()), eventId);
        }
        if (type.equals(CustomerEvents.CUSTOMER_DISASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_DISASSOCIATED);
            return ended(id(data.customerId(), "customer_id"), id(data.partnerId(), "partner_id"),
                    required(data.disassociatedAt()));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> associated(String customerId, String partnerId, String distributorId, int mode, Instant at,
                                 UUID eventId) {
        return periods.historyForUpdate(customerId).chain(history -> {
            history.stream().filter(p -> p.covers(at)).forEach(p -> p.endAt(at));
            return periods.persist(AssociationPeriod.open(customerId, partnerId, distributorId, mode, at,
                    nextStart(history, at), eventId));
        }).replaceWithVoid();
    }

    private Uni<Void> switched(String customerId, String partnerId, String distributorId, int mode, Instant at,
                               UUID eventId) {
        return periods.historyForUpdate(customerId).chain(history -> {
            Instant until = nextStart(history, at);
            for (AssociationPeriod period : history) {
                if (period.partnerId.equals(partnerId) && period.covers(at)) {
                    until = period.validTo; // the slice may already have been ended by a later event
                    period.endAt(at);
                }
            }
            return periods.persist(AssociationPeriod.open(customerId, partnerId, distributorId, mode, at, until,
                    eventId));
        }).replaceWithVoid();
    }

    private Uni<Void> ended(String customerId, String partnerId, Instant at) {
        return periods.historyForUpdate(customerId).invoke(history -> history.stream()
                .filter(p -> p.partnerId.equals(partnerId) && (p.covers(at) || p.validFrom.equals(at)))
                .forEach(p -> p.endAt(at))).replaceWithVoid();
    }

    /** The start of the earliest slice after {@code at}, or null: a late-arriving slice stops where the next begins. */
    private static Instant nextStart(List<AssociationPeriod> history, Instant at) {
        return history.stream().map(p -> p.validFrom).filter(from -> from.isAfter(at)).min(Instant::compareTo)
                .orElse(null);
    }

    private static int mode(int associationType) {
        if (associationType != AssociationPeriod.REFERRAL && associationType != AssociationPeriod.RESALE) {
            throw new UndecodableEventException("unknown association type " + associationType);
        }
        return associationType;
    }

    private static String id(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return id;
    }

    private static Instant required(Instant at) {
        if (at == null) {
            throw new UndecodableEventException("event without its time");
        }
        return at;
    }
}
