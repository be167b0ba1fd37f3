package com.acmecloud.partnercenter.customer.associations.rest;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A type-switch request as both sides see it. */
@Schema(name = "AssociationTypeChange")
public record AssociationTypeChangeResponse(
        String requestId,
        String customerId,
        String partnerId,
        @Schema(description = "The type when the request was made: 1 referral, 2 resale") String previousType,
        @Schema(description = "The requested type: 1 referral, 2 resale") String associationType,
        @Schema(description = "PENDING, CONFIRMED, REJECTED (by the customer), CANCELLED (by the partner) or EXPIRED",
                examples = "PENDING") String status,
        String requestedBy,
        Instant requestedAt,
        @Schema(description = "A pending request not decided by then expires") Instant expiresAt,
        String decidedBy,
        Instant decidedAt) {

    static AssociationTypeChangeResponse of(AssociationChangeRequest request, Instant now) {
        AssociationChangeRequest.Status status = request.statusAt(now);
        boolean lazilyExpired = status != request.status;
        return new AssociationTypeChangeResponse(request.requestId.toString(), request.customerId, request.partnerId,
                Short.toString(request.fromType), Short.toString(request.toType), status.name(),
                request.requestedBy, request.requestedAt, request.expiresAt,
                lazilyExpired ? null : request.decidedBy, lazilyExpired ? request.expiresAt : request.decidedAt);
    }
}
