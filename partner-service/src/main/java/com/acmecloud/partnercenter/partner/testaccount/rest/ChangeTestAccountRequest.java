package com.acmecloud.partnercenter.partner.testaccount.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeTestAccountRequest")
public record ChangeTestAccountRequest(
        @NotNull @Schema(description = "true marks the partner a test account, false unmarks it") Boolean testAccount,
        @NotBlank @Size(max = 500) @Schema(examples = "ERP integration account of the partner", maxLength = 500)
        String reason) {
}
