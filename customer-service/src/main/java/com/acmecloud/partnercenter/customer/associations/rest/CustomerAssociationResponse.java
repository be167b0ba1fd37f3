package com.acmecloud.partnercenter.customer.associations.rest;

import com.acmecloud.partnercenter.customer.associations.service.AssociationLifecycleService.CurrentAssociation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own account: its partner, association type, freeze state and a switch waiting for its decision. */
@Schema(name = "CustomerAssociationResponse")
public record CustomerAssociationResponse(
        String customerId,
        @Schema(description = "The partner the account is associated with; null when none") String partnerId,
        @Schema(description = "1 referral, 2 resale; null when not associated") String associationType,
        Instant associatedOn,
        @Schema(description = "0 not frozen, 1 account frozen, 2 account and resources frozen") int isFrozen,
        @Schema(description = "The partner's type-switch request waiting for this customer; null when none")
        AssociationTypeChangeResponse pendingTypeChange) {

    static CustomerAssociationResponse of(CurrentAssociation current, Instant now) {
        var customer = current.customer();
        return new CustomerAssociationResponse(customer.customerId, customer.partnerId,
                customer.associationType == null ? null : Short.toString(customer.associationType),
                customer.associatedOn, customer.isFrozen,
                current.pendingChange() == null ? null : AssociationTypeChangeResponse.of(current.pendingChange(), now));
    }
}
