package com.acmecloud.partnercenter.partner.resellers.events;

import com.acmecloud.partnercenter.partner.resellers.domain.EndedBy;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLinkRequest;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Turns link requests and links between distributors and their resellers into {@code partner.events} through the
 * outbox (same transaction). Key and subject = the reseller's partner id, so one reseller's steps stay in order.
 */
@ApplicationScoped
public class IndirectPartnerEventPublisher {

    private final OutboxWriter outbox;

    IndirectPartnerEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> requested(IndirectPartnerLinkRequest request) {
        return append(PartnerEvents.INDIRECT_PARTNER_LINK_REQUESTED, request.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinkRequested(request.requestId.toString(), request.distributorId,
                        request.indirectPartnerId, request.requestedBy, request.requestedAt, request.expiresAt));
    }

    public Uni<Void> accepted(IndirectPartnerLinkRequest request, IndirectPartnerLink link) {
        return append(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinkAccepted(request.requestId.toString(), link.distributorId,
                        link.indirectPartnerId, request.requestedBy, request.closedBy, link.associatedOn));
    }

    public Uni<Void> rejected(IndirectPartnerLinkRequest request) {
        return append(PartnerEvents.INDIRECT_PARTNER_LINK_REJECTED, request.indirectPartnerId, closed(request));
    }

    public Uni<Void> withdrawn(IndirectPartnerLinkRequest request) {
        return append(PartnerEvents.INDIRECT_PARTNER_LINK_REQUEST_WITHDRAWN, request.indirectPartnerId,
                closed(request));
    }

    public Uni<Void> ended(IndirectPartnerLink link, EndedBy side, String endedBy, Instant endedAt) {
        return append(PartnerEvents.INDIRECT_PARTNER_LINK_ENDED, link.indirectPartnerId,
                new PartnerEvents.IndirectPartnerLinkEnded(link.requestId == null ? null : link.requestId.toString(),
                        link.distributorId, link.indirectPartnerId, side.name(), endedBy, link.associatedOn, endedAt));
    }

    private static PartnerEvents.IndirectPartnerLinkRequestClosed closed(IndirectPartnerLinkRequest request) {
        return new PartnerEvents.IndirectPartnerLinkRequestClosed(request.requestId.toString(), request.distributorId,
                request.indirectPartnerId, request.status.name(), request.reason, request.closedBy, request.closedAt);
    }

    private <T> Uni<Void> append(EventType<T> type, String resellerId, T payload) {
        return outbox.append(type, resellerId, resellerId, payload).replaceWithVoid();
    }
}
