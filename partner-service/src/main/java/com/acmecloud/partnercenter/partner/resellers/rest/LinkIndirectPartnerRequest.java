package com.acmecloud.partnercenter.partner.resellers.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkIndirectPartnerRequest")
public record LinkIndirectPartnerRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "must be printable ASCII without spaces")
        @Schema(description = "Partner id of the cloud reseller", examples = "9a8b7c6d5e4f40318a2b3c4d5e6f7a8b", maxLength = 64)
        String indirectPartnerId) {
}
