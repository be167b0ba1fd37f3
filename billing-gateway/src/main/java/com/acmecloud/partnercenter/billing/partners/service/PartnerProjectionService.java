package com.acmecloud.partnercenter.billing.partners.service;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.billing.partners.domain.PartnerStatus;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies {@code partner.events} to {@code partner_projection}: registration, status (restricted / exited),
 * programs, distributor → reseller links (effective once the reseller accepted) and the business-information state
 * payouts depend on (rule 60). Runs inside the idempotent processor's transaction; event types it does not use
 * change nothing (forward compatibility).
 */
@ApplicationScoped
public class PartnerProjectionService {

    private static final Set<String> BUSINESS_INFO_STATUSES = Set.of("PENDING", "VERIFIED", "REJECTED");

    private final PartnerProjectionRepository projections;
    private final CloudEventCodec codec;
    private final Clock clock;

    PartnerProjectionService(PartnerProjectionRepository projections, CloudEventCodec codec, Clock clock) {
        this.projections = projections;
        this.codec = codec;
        this.clock = clock;
    }

    /** Call inside the idempotent processor's transaction. */
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
        } else if (type.equals(PartnerEvents.PROGRAM_JOINED.type())) {
            var data = codec.payload(event, PartnerEvents.PROGRAM_JOINED);
            if (data.program() == null || !data.program().matches("[A-Z_]{1,32}")) {
                throw new UndecodableEventException("program.joined.v1 without a valid program");
            }
            return update(data.partnerId(), partner -> partner.join(data.program()));
        } else if (type.equals(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED.type())) {
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
        } else if (type.equals(PartnerEvents.BUSINESS_INFORMATION_CHANGED.type())) {
            var data = codec.payload(event, PartnerEvents.BUSINESS_INFORMATION_CHANGED);
            if (data.status() != null && !BUSINESS_INFO_STATUSES.contains(data.status())) {
                throw new UndecodableEventException("unknown business information status " + data.status());
            }
            return update(data.partnerId(), partner -> {
                partner.businessInfoStatus = data.status();
                partner.payoutBlocked = data.payoutBlocked();
                String company = data.verified() == null ? null : data.verified().contractingEntity();
                partner.verifiedCompanyName = company == null || company.isBlank() || company.length() > 256
                        ? null : company.trim();
            });
        }
        return Uni.createFrom().voidItem();
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

    /** Locks the partner's row (created when no event named it before) and applies the change to it. */
    private Uni<Void> update(String partnerId, Consumer<PartnerProjection> change) {
        String id = required(partnerId, "partner id");
        return projections.forUpdate(id, clock.instant()).invoke(change).replaceWithVoid();
    }

    static String required(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return id;
    }
}
