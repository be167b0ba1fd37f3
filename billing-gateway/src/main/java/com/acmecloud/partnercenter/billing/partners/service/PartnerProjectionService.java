package com.acmecloud.partnercenter.billing.partners.service;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import com.acmecloud.partnercenter.platform.events.partners.PartnerEventsProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.Set;

/**
 * Applies {@code partner.events} to billing's {@code partner_projection}: the common projection (registration,
 * status, programs, reseller links) and the business-information state payouts and withdrawals depend on (rules 41
 * and 60). Runs inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class PartnerProjectionService {

    private static final Set<String> BUSINESS_INFO_STATUSES = Set.of("PENDING", "VERIFIED", "REJECTED");

    private final PartnerEventsProjection<PartnerProjection> projection;
    private final CloudEventCodec codec;

    PartnerProjectionService(CloudEventCodec codec, Clock clock) {
        this.projection = new PartnerEventsProjection<>(PartnerProjection.class, codec, clock);
        this.codec = codec;
    }

    /** Call inside the idempotent processor's transaction. */
    public Uni<Void> apply(CloudEvent event) {
        if (!event.type().equals(PartnerEvents.BUSINESS_INFORMATION_CHANGED.type())) {
            return projection.apply(event);
        }
        var data = codec.payload(event, PartnerEvents.BUSINESS_INFORMATION_CHANGED);
        if (data.status() != null && !BUSINESS_INFO_STATUSES.contains(data.status())) {
            throw new UndecodableEventException("unknown business information status " + data.status());
        }
        return projection.update(data.partnerId(), partner -> {
            partner.businessInfoStatus = data.status();
            partner.payoutBlocked = data.payoutBlocked();
            String company = data.verified() == null ? null : data.verified().contractingEntity();
            partner.verifiedCompanyName = company == null || company.isBlank() || company.length() > 256
                    ? null : company.trim();
        });
    }

    /** Locks the partner's row (created when missing) and applies the change: the path every event takes. */
    public Uni<Void> update(String partnerId, Consumer<PartnerProjection> change) {
        return projection.update(partnerId, change);
    }
}
