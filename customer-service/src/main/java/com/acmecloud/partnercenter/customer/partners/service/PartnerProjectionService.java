package com.acmecloud.partnercenter.customer.partners.service;

import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.partners.PartnerEventsProjection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Applies {@code partner.events} to customer-service's {@code partner_projection}: the common projection
 * (registration, status, programs, reseller links) and the access configuration sub-customer creation reads. Runs
 * inside the idempotent processor's transaction.
 */
@ApplicationScoped
public class PartnerProjectionService {

    private final PartnerEventsProjection<PartnerProjection> projection;
    private final CloudEventCodec codec;

    PartnerProjectionService(CloudEventCodec codec, Clock clock) {
        this.projection = new PartnerEventsProjection<>(PartnerProjection.class, codec, clock);
        this.codec = codec;
    }

    /** Call inside the idempotent processor's transaction. */
    public Uni<Void> apply(CloudEvent event) {
        if (!event.type().equals(PartnerEvents.ACCESS_CONFIGURATION_CHANGED.type())) {
            return projection.apply(event);
        }
        var data = codec.payload(event, PartnerEvents.ACCESS_CONFIGURATION_CHANGED);
        return projection.update(data.partnerId(), partner -> {
            partner.realNameAttachmentUpload = data.realNameAttachmentUpload();
            partner.xaccountType = data.xaccountType();
            partner.obsBucketName = data.obsBucketName();
            partner.obsRegion = data.obsRegion();
        });
    }

    /** Locks the partner's row (created when missing) and applies the change: the path every event takes. */
    public Uni<Void> update(String partnerId, Consumer<PartnerProjection> change) {
        return projection.update(partnerId, change);
    }
}
