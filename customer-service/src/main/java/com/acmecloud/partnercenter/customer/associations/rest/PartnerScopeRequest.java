package com.acmecloud.partnercenter.customer.associations.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional body naming the linked cloud reseller a distributor acts for. */
@Schema(name = "PartnerScopeRequest")
public record PartnerScopeRequest(
        @Size(max = 64) @Schema(description = "A distributor acts for the customer of this linked cloud reseller")
        String indirectPartnerId) {
}
