package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptedInvitationResponse")
public record AcceptedInvitationResponse(
        String customerId,
        String domainName,
        String partnerId,
        @Schema(description = "1 referral, 2 resale") String associationType,
        Instant associatedOn) {

    static AcceptedInvitationResponse of(SubCustomer customer) {
        return new AcceptedInvitationResponse(customer.customerId, customer.domainName, customer.partnerId,
                Integer.toString(customer.associationType), customer.associatedOn);
    }
}
