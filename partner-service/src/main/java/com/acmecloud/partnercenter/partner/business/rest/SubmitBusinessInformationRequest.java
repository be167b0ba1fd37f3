package com.acmecloud.partnercenter.partner.business.rest;

import com.acmecloud.partnercenter.partner.business.domain.BusinessDetails;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitBusinessInformationRequest",
        description = "Business information for payouts (商业信息认证), verified by an operator.")
public record SubmitBusinessInformationRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "签约主体: the Huawei Cloud entity the partner contracts with",
                examples = "Huawei Cloud Computing Technologies Co., Ltd.")
        String contractingEntity,

        @NotBlank @Size(max = 200)
        @Schema(examples = "Industrial and Commercial Bank of China, Shenzhen Branch")
        String bankName,

        @NotBlank @Pattern(regexp = "^[0-9]{8,32}$", message = "must be 8 to 32 digits")
        @Schema(description = "Never returned in full: responses and events show only the last 4 digits",
                examples = "6222020200112233445")
        String bankAccountNumber,

        @NotBlank @Size(max = 200)
        @Schema(examples = "Example Cloud Services Co., Ltd.")
        String accountHolderName,

        @NotNull @DecimalMin("0") @DecimalMax("1")
        @Digits(integer = 1, fraction = 4, message = "must be a decimal fraction with at most 4 decimals")
        @Schema(description = "Tax rate as a decimal fraction from 0 to 1, at most 4 decimals (0.06 = 6 %)",
                examples = "0.06")
        BigDecimal taxRate) {

    BusinessDetails toDetails() {
        return new BusinessDetails(contractingEntity.trim(), bankName.trim(), bankAccountNumber,
                accountHolderName.trim(), taxRate);
    }
}
