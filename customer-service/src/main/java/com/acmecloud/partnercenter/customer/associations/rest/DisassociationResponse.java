package com.acmecloud.partnercenter.customer.associations.rest;

import com.acmecloud.partnercenter.customer.associations.service.AssociationLifecycleService.Disassociation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisassociationResponse")
public record DisassociationResponse(
        String customerId,
        @Schema(description = "The partner the customer left") String partnerId,
        @Schema(description = "The association type that ended: 1 referral, 2 resale") String associationType,
        @Schema(description = "PARTNER or CUSTOMER") String initiatedBy,
        Instant disassociatedAt) {

    static DisassociationResponse of(Disassociation done) {
        return new DisassociationResponse(done.customerId(), done.partnerId(),
                Integer.toString(done.associationType()), done.initiatedBy().name(), done.disassociatedAt());
    }
}
