package com.acmecloud.partnercenter.incentive.policies.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a program's base incentive rates by performance tier (operators). */
@Schema(name = "CreateBaseRateTableRequest")
public record CreateBaseRateTableRequest(
        @NotBlank @Pattern(regexp = "^(SOLUTION_PROVIDER|CLOUD_RESELLER|DISTRIBUTOR)$",
                message = "must be SOLUTION_PROVIDER, CLOUD_RESELLER or DISTRIBUTOR")
        @Schema(required = true, example = "SOLUTION_PROVIDER") String program,
        @NotBlank @Schema(required = true, description = "UTC; a month uses the version in force at its last second "
                + "(GMT+8)", example = "2026-10-31T16:00:00Z") String effectiveFrom,
        @Size(max = 256) @Schema(example = "FY2027 base incentive") String reason,
        @NotEmpty @Size(max = 20) @Valid @Schema(required = true, description = "Lowest first; the first from 0")
        List<@NotNull @Valid TierRequest> tiers) {

    @Schema(name = "BaseRateTierRequest")
    public record TierRequest(
            @NotBlank @Size(max = 32) @Schema(required = true, example = "GOLD") String tierName,
            @NotNull @DecimalMin("0") @DecimalMax("999999999999999999.99") @Digits(integer = 18, fraction = 2)
            @Schema(required = true, description = "Least monthly performance in yuan", example = "100000.00")
            BigDecimal minPerformance,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
            @Schema(required = true, description = "Fraction of performance, 4 decimals (0.0300 = 3 %)",
                    example = "0.0300") BigDecimal rate) {
    }
}
