package com.acmecloud.partnercenter.partner.resellers.rest;

import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndirectPartnerLinkRequest",
        description = "A distributor's request to link a cloud reseller; effective only once the reseller accepts.")
public record LinkRequestResponse(
        String requestId,
        String distributorId,
        @Schema(description = "The distributor's company name") String distributorName,
        String indirectPartnerId,
        @Schema(description = "The reseller's company name") String indirectPartnerName,
        @Schema(description = "PENDING, ACCEPTED, REJECTED, WITHDRAWN or EXPIRED (a pending request past expires_at)")
        String status,
        String requestedBy,
        Instant requestedAt,
        @Schema(description = "The reseller must accept before this instant") Instant expiresAt,
        @Schema(description = "Who accepted, rejected or withdrew it (null while pending)") String closedBy,
        @Schema(description = "When it was decided; for ACCEPTED the link's associated_on") Instant closedAt,
        @Schema(description = "The reseller's reason for a rejection (may be null)") String reason) {

    static LinkRequestResponse of(LinkRequestView view, Instant now) {
        var request = view.request();
        return new LinkRequestResponse(request.requestId.toString(), request.distributorId,
                view.distributor().companyName, request.indirectPartnerId, view.reseller().companyName,
                request.statusAt(now).name(), request.requestedBy, request.requestedAt, request.expiresAt,
                request.closedBy, request.closedAt, request.reason);
    }
}
