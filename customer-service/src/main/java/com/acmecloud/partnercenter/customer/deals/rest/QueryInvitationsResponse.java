package com.acmecloud.partnercenter.customer.deals.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryInvitationsResponse")
public record QueryInvitationsResponse(
        @Schema(description = "How many invitations match (all pages)") long totalCount,
        List<InvitationInfo> invitations) {
}
