package com.acmecloud.partnercenter.customer.associations.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's request to switch a customer's association type. */
@Schema(name = "RequestTypeChangeRequest")
public record RequestTypeChangeRequest(
        @NotNull @Pattern(regexp = "^[12]$", message = "must be 1 (referral) or 2 (resale)")
        @Schema(description = "The requested type: 1 referral, 2 resale", examples = "1", required = true)
        String associationType,
        @Size(max = 64) @Schema(description = "A distributor acts for the customer of this linked cloud reseller")
        String indirectPartnerId) {
}
