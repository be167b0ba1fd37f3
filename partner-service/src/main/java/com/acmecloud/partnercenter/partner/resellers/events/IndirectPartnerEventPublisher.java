package com.acmecloud.partnercenter.partner.resellers.events;

import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Turns a distributor's links to its resellers into {@code partner.events} through the outbox (same transaction).
 * Key = the reseller's partner id.
 */
@ApplicationScoped
public class IndirectPartnerEventPublisher {

    private final OutboxWriter outbox;

    IndirectPartnerEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> indirectPartnerLinked(IndirectPartnerLink link) {
        return outbox.append(PartnerEvents.INDIRECT_PARTNER_LINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinked(link.distributorId, link.indirectPartnerId, link.associatedOn,
                        link.linkedBy)).replaceWithVoid();
    }

    public Uni<Void> indirectPartnerUnlinked(IndirectPartnerLink link, String unlinkedBy, Instant unlinkedAt) {
        return outbox.append(PartnerEvents.INDIRECT_PARTNER_UNLINKED, link.indirectPartnerId, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerUnlinked(link.distributorId, link.indirectPartnerId, unlinkedAt,
                        unlinkedBy)).replaceWithVoid();
    }
}
