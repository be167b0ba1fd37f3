package com.acmecloud.partnercenter.partner.status.events;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a change of the partner's status into {@code partner.events} through the outbox (same transaction). */
@ApplicationScoped
public class PartnerStatusEventPublisher {

    private final OutboxWriter outbox;

    PartnerStatusEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> statusChanged(Partner partner, PartnerStatus previous) {
        return outbox.append(PartnerEvents.PARTNER_STATUS_CHANGED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerStatusChanged(partner.partnerId, partner.status.name(), previous.name(),
                        partner.statusReason, partner.statusChangedBy, partner.statusChangedAt)).replaceWithVoid();
    }
}
