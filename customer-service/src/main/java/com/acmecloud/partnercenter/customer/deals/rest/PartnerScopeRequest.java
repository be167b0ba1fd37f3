package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional body naming the linked cloud reseller a distributor acts for. */
@Schema(name = "PartnerScopeRequest")
public record PartnerScopeRequest(
        @Size(max = 64) @Schema(description = "A distributor acts for this linked cloud reseller") String indirectPartnerId) {

    static String indirectPartnerIdOf(PartnerScopeRequest request) {
        return request == null ? null : blankToNull(request.indirectPartnerId());
    }
}
