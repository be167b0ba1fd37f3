package com.acmecloud.partnercenter.partner.access.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignXaccountTypeRequest", description = "The partner-platform id Huawei assigned.")
public record AssignXaccountTypeRequest(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9_.-]{1,64}$",
                message = "must be 1 to 64 letters, digits, underscores, periods or hyphens")
        @Schema(examples = "acme_erp_platform", maxLength = 64)
        String xaccountType) {
}
