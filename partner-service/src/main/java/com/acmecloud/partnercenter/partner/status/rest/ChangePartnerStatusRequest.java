package com.acmecloud.partnercenter.partner.status.rest;

import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePartnerStatusRequest")
public record ChangePartnerStatusRequest(
        @NotNull @Schema(examples = "RESTRICTED") PartnerStatus status,
        @NotBlank @Size(max = 500) @Schema(examples = "Compliance review of reported resale practices", maxLength = 500)
        String reason) {
}
