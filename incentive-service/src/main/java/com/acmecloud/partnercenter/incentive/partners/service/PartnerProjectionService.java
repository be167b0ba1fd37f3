package com.acmecloud.partnercenter.incentive.partners.service;

import com.acmecloud.partnercenter.incentive.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import com.acmecloud.partnercenter.platform.events.partners.PartnerEventsProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies {@code partner.events} to incentive's {@code partner_projection}: the common projection (platform-events'
 * {@link PartnerEventsProjection}) and the business-information state (rules 58, 60). Runs inside the idempotent
 * processor's transaction.
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

    public Uni<Void> apply(CloudEvent event) {
        if (!event.type().equals(PartnerEvents.BUSINESS_INFORMATION_CHANGED.type())) {
            return projection.apply(event);
        }
        var data = codec.payload(event, PartnerEvents.BUSINESS_INFORMATION_CHANGED);
        if (data.status() != null && !BUSINESS_INFO_STATUSES.contains(data.status())) {
            throw new UndecodableEventException("unknown business information status " + data.status());
        }
        BigDecimal taxRate = data.verified() == null ? null : data.verified().taxRate();
        if (taxRate != null && (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) > 0 || taxRate.stripTrailingZeros().scale() > 4)) {
            throw new UndecodableEventException("tax_rate must be a fraction from 0 to 1 with at most 4 decimals");
        }
        return projection.update(data.partnerId(), partner -> {
            partner.businessInfoStatus = data.status();
            partner.payoutBlocked = data.payoutBlocked();
            partner.taxRate = taxRate;
        });
    }

    /** Locks the partner's row (created when missing) and applies the change. */
    public Uni<Void> update(String partnerId, Consumer<PartnerProjection> change) {
        return projection.update(partnerId, change);
    }
}
