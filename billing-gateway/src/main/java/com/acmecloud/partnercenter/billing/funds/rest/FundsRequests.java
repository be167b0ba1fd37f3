package com.acmecloud.partnercenter.billing.funds.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the funds API, in Huawei's field names. Amounts are yuan, &gt; 0 with at most 2 decimals and at
 * most 18 integer digits (CBC.0100 otherwise); a string or other type for a number is refused too. The optional
 * {@code trans_id} (our addition, as Huawei's enterprise transfers have it) makes a retry return the first answer.
 */
public final class FundsRequests {

    static final String TRANS_ID_PATTERN = "^[\\x21-\\x7E]{1,64}$";
    static final String TRANS_ID_MESSAGE = "must be 1 to 64 printable ASCII characters";

    private FundsRequests() {
    }

    /** Huawei's AdjustAccountReq (adjust-amount) and ReclaimToPartnerAccountBalancesReq (reclaim). */
    @Schema(name = "CustomerAmountRequest")
    public record CustomerAmount(
            @NotBlank @Size(max = 64) @Schema(required = true, description = "The resale customer's id")
            String customerId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2)
            @Schema(required = true, description = "Yuan, > 0, at most 2 decimals", example = "100.50")
            BigDecimal amount,
            @Size(max = 64) @Schema(description = "A distributor moves the money of this linked cloud reseller")
            String indirectPartnerId,
            @Pattern(regexp = TRANS_ID_PATTERN, message = TRANS_ID_MESSAGE)
            @Schema(description = "Client transaction id: a retry with the same id and body returns the first "
                    + "answer; with another body CBC.99007009", example = "7f9a6c1e-2b1d-4c8e-9f0a-1b2c3d4e5f60")
            String transId) {
    }

    /** Huawei's AdjustToIndirectPartnerReq / ReclaimIndirectPartnerAccountReq. */
    @Schema(name = "IndirectPartnerAmountRequest")
    public record IndirectPartnerAmount(
            @NotBlank @Size(max = 64) @Schema(required = true, description = "The linked cloud reseller")
            String indirectPartnerId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2)
            @Schema(required = true, description = "Yuan, > 0, at most 2 decimals", example = "100.50")
            BigDecimal amount,
            @Pattern(regexp = TRANS_ID_PATTERN, message = TRANS_ID_MESSAGE)
            @Schema(description = "Client transaction id, as for adjust-amount") String transId) {
    }

    @Schema(name = "CustomerIdInfo")
    public record CustomerInfo(@NotBlank @Size(max = 64) @Schema(required = true) String customerId) {
    }

    /** Huawei's QueryCustomersBalancesReq. */
    @Schema(name = "QueryCustomersBalancesRequest")
    public record QueryCustomerBalances(
            @NotNull @Size(min = 1, max = 100) @Schema(required = true, description = "1 to 100 customers")
            List<@NotNull @Valid CustomerInfo> customerInfos,
            @Size(max = 64) @Schema(description = "A distributor reads the customers of this linked cloud reseller")
            String indirectPartnerId) {
    }

    /** Operator: money enters a partner's account (RECHARGE). */
    @Schema(name = "RechargeRequest")
    public record Recharge(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 2)
            @Schema(required = true, example = "10000.00") BigDecimal amount,
            @NotBlank @Size(max = 256) @Schema(required = true, description = "Why (audited), up to 256 characters",
                    example = "bank transfer 2026-12-01") String reason) {
    }

    /** Operator: the partner's credit limit. */
    @Schema(name = "CreditLimitRequest")
    public record CreditLimit(
            @NotNull @DecimalMin(value = "0") @Digits(integer = 18, fraction = 2)
            @Schema(required = true, description = ">= 0, at most 2 decimals", example = "5000.00")
            BigDecimal creditLimit,
            @NotBlank @Size(max = 256) @Schema(required = true, description = "Why (audited), up to 256 characters")
            String reason) {
    }
}
