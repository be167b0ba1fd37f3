package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryInvitationsRequest")
public record QueryInvitationsRequest(
        @Pattern(regexp = Ids.UUID, message = "must be a registration id")
        @Schema(description = "Only the invitations of this registration") String registrationId,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit,
        @Size(max = 64) @Schema(description = "A distributor queries a linked cloud reseller's invitations")
        String indirectPartnerId) {

    UUID registrationUuid() {
        return registrationId == null ? null : UUID.fromString(registrationId);
    }

    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }
}
