package com.acmecloud.partnercenter.billing.withdrawals.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectWithdrawalRequest")
public record RejectWithdrawalRequest(
        @NotBlank @Size(max = 256) @Schema(description = "Why, up to 256 characters", required = true) String reason) {
}
