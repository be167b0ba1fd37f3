package com.acmecloud.partnercenter.customer.associations.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ending an association; the body is optional. */
@Schema(name = "DisassociateRequest")
public record DisassociateRequest(
        @Size(max = 256) @Schema(description = "Why, up to 256 characters; passed on in customer.disassociated.v1")
        String reason,
        @Size(max = 64) @Schema(description = "Partners only: a distributor acts for the customer of this linked "
                + "cloud reseller")
        String indirectPartnerId) {
}
