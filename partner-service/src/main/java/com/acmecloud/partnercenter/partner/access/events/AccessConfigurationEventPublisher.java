package com.acmecloud.partnercenter.partner.access.events;

import com.acmecloud.partnercenter.partner.access.domain.AccessConfiguration;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes access configuration changes to {@code partner.events} through the outbox (same transaction as the
 * change). Key = partner id.
 */
@ApplicationScoped
public class AccessConfigurationEventPublisher {

    private final OutboxWriter outbox;

    AccessConfigurationEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> accessConfigurationChanged(AccessConfiguration configuration) {
        return outbox.append(PartnerEvents.ACCESS_CONFIGURATION_CHANGED, configuration.partnerId,
                configuration.partnerId,
                new PartnerEvents.AccessConfigurationChanged(configuration.partnerId,
                        configuration.realNameAttachmentUpload, configuration.xaccountType,
                        configuration.obsBucketName, configuration.obsRegion, configuration.readyForRealNameApi(),
                        configuration.updatedAt)).replaceWithVoid();
    }
}
