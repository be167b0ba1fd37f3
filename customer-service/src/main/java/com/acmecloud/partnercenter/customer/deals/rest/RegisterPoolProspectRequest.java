package com.acmecloud.partnercenter.customer.deals.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterPoolProspectRequest")
public record RegisterPoolProspectRequest(
        @Size(max = 512) String remark,
        @Size(max = 64) @Schema(description = "A distributor registers for this linked cloud reseller (rule 23)")
        String indirectPartnerId) {
}
