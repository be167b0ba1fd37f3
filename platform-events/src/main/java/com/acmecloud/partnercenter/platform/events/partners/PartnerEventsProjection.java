package com.acmecloud.partnercenter.platform.events.partners;

import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies the {@code partner.events} every partner projection keeps: registration, status (restricted / exited),
 * test account, programs and distributor → reseller links (in force once the reseller accepted). A service's
 * projection bean holds one of these, handles the event types only it keeps through {@link #update}, and passes
 * every other event to {@link #apply}. Runs inside the idempotent processor's transaction; event types nobody keeps change nothing
 * (forward compatibility).
 *
 * @param <P> the service's {@code partner_projection} entity
 */
public final class PartnerEventsProjection<P extends PartnerProjectionBase> {

    private final Class<P> entity;
    private final String table;
    private final CloudEventCodec codec;
    private final Clock clock;

    public PartnerEventsProjection(Class<P> entity, CloudEventCodec codec, Clock clock) {
        this.entity = entity;
        this.table = entity.getAnnotation(Table.class).name();
        this.codec = codec;
        this.clock = clock;
    }

    /** Applies the event if it is one of the common types; any other type changes nothing. */
    public Uni<Void> apply(CloudEvent event) {
        String type = event.type();
        if (type.equals(PartnerEvents.PARTNER_REGISTERED.type())) {
            var data = codec.payload(event, PartnerEvents.PARTNER_REGISTERED);
            return update(data.partnerId(), partner -> partner.registered = true);
        } else if (type.equals(PartnerEvents.PARTNER_STATUS_CHANGED.type())) {
            var data = codec.payload(event, PartnerEvents.PARTNER_STATUS_CHANGED);
            PartnerStatus status;
            try {
                status = PartnerStatus.valueOf(String.valueOf(data.status()));
            } catch (IllegalArgumentException e) {
                throw new UndecodableEventException("unknown partner status " + data.status());
            }
            return update(data.partnerId(), partner -> partner.status = status);
        } else if (type.equals(PartnerEvents.PARTNER_TEST_ACCOUNT_CHANGED.type())) {
            var data = codec.payload(event, PartnerEvents.PARTNER_TEST_ACCOUNT_CHANGED);
            return update(data.partnerId(), partner -> partner.testAccount = data.testAccount());
        } else if (type.equals(PartnerEvents.PROGRAM_JOINED.type())) {
            var data = codec.payload(event, PartnerEvents.PROGRAM_JOINED);
            if (data.program() == null || !data.program().matches("[A-Z_]{1,32}")) {
                throw new UndecodableEventException("program.joined.v1 without a valid program");
            }
            return update(data.partnerId(), partner -> partner.join(data.program()));
        } else if (type.equals(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED.type())) {
            // the reseller accepted the distributor's request: only now may the distributor act for it
            var data = codec.payload(event, PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED);
            return linked(data.distributorId(), data.indirectPartnerId());
        } else if (type.equals(PartnerEvents.INDIRECT_PARTNER_LINK_ENDED.type())) {
            var data = codec.payload(event, PartnerEvents.INDIRECT_PARTNER_LINK_ENDED);
            return unlinked(data.distributorId(), data.indirectPartnerId());
        } else if (type.equals(PartnerEvents.INDIRECT_PARTNER_LINKED.type())) {
            // no longer published (links need the reseller's consent); applied for events already on the topic
            var data = codec.payload(event, PartnerEvents.INDIRECT_PARTNER_LINKED);
            return linked(data.distributorId(), data.indirectPartnerId());
        } else if (type.equals(PartnerEvents.INDIRECT_PARTNER_UNLINKED.type())) {
            var data = codec.payload(event, PartnerEvents.INDIRECT_PARTNER_UNLINKED);
            return unlinked(data.distributorId(), data.indirectPartnerId());
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Locks the partner's row (created when no event named the partner before) until the transaction ends and
     * applies the change to it; an invalid partner id makes the event undecodable.
     */
    public Uni<Void> update(String partnerId, Consumer<P> change) {
        String id = required(partnerId, "partner id");
        Instant now = clock.instant();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("INSERT INTO " + table
                                + " (partner_id, updated_at) VALUES (:id, :now) ON CONFLICT (partner_id) DO NOTHING")
                        .setParameter("id", id)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate()
                        .chain(() -> session.find(entity, id, LockModeType.PESSIMISTIC_WRITE)))
                .invoke(row -> {
                    row.updatedAt = now;
                    change.accept(row);
                })
                .replaceWithVoid();
    }

    private Uni<Void> linked(String distributor, String indirectPartnerId) {
        String distributorId = required(distributor, "distributor_id");
        return update(distributorId, row -> {
        }).chain(() -> update(indirectPartnerId, reseller -> reseller.distributorId = distributorId));
    }

    /** Clears the reseller's distributor only if it is still the one the link ended with. */
    private Uni<Void> unlinked(String distributorId, String indirectPartnerId) {
        return update(indirectPartnerId, reseller -> {
            if (Objects.equals(reseller.distributorId, distributorId)) {
                reseller.distributorId = null;
            }
        });
    }

    private static String required(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return id;
    }
}
