package com.acmecloud.partnercenter.billing.withdrawals.rest;

import com.acmecloud.partnercenter.billing.withdrawals.domain.WithdrawalRules;
import com.acmecloud.partnercenter.billing.withdrawals.service.WithdrawalService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A withdrawal request (rule 41); our own API in Huawei's style. */
@Schema(name = "CreateWithdrawalRequest")
public record CreateWithdrawalRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999999999.99")
        @Digits(integer = 18, fraction = 2)
        @Schema(description = "Yuan, > 0 with at most 2 decimals, at most the withdrawable cash balance",
                required = true, example = "500.00")
        BigDecimal amount,
        @NotBlank @Size(max = 128) @Schema(description = "The bank", required = true, example = "Bank of China")
        String bankName,
        @NotBlank @Size(max = 256)
        @Schema(description = "The account holder: must be the partner's verified company name", required = true)
        String accountName,
        @NotBlank @Pattern(regexp = "^[0-9][0-9 -]{6,38}[0-9]$", message = "must be 8 to 40 digits, blanks or dashes")
        @Schema(description = "The bank account (card) number; stored only masked and as a keyed hash",
                required = true, example = "6222020200112233445")
        String bankAccount) {

    WithdrawalService.WithdrawalRequest toRequest() {
        return new WithdrawalService.WithdrawalRequest(amount, bankName, accountName, bankAccount);
    }

    @Override
    public String toString() {
        return "CreateWithdrawalRequest[amount=" + amount + ", bankAccount="
                + (bankAccount == null ? null : WithdrawalRules.mask(bankAccount)) + "]";
    }
}
