package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerService.NewSubCustomer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code CreateCustomerV2Req}. Empty optional strings count as absent, as Huawei does. */
@Schema(name = "CreateSubCustomerRequest")
public record CreateSubCustomerRequest(
        @NotBlank @Size(max = 128)
        @Schema(description = "The customer's id on the partner's sales platform; unique per platform (rule 20)",
                examples = "erp-customer-0001", maxLength = 128)
        String xaccountId,
        @NotBlank @Size(max = 64)
        @Schema(description = "The platform id assigned to the calling partner (its access configuration); another "
                + "partner's, or any when none is assigned, is refused with CBC.0150 (rule 20)",
                examples = "partner_platform", maxLength = 64)
        String xaccountType,
        @Size(max = 64)
        @Schema(description = "Login name: 5 to 32 characters matching ^([a-zA-Z_-]([a-zA-Z0-9_-])*)$, not starting "
                + "with op_ or shadow_, not all digits (rule 18). Empty: a random 32-character name.",
                examples = "example_customer")
        String domainName,
        @Size(max = 32)
        @Schema(description = "China mobile number, 0086-1xxxxxxxxxx or 1xxxxxxxxxx; needs verification_code (rule 21)",
                examples = "0086-13800000000")
        String mobilePhone,
        @Size(max = 16) @Schema(description = "Code from POST /v2/bases/verificationcode/send", examples = "123456")
        String verificationCode,
        @Size(max = 128)
        @Schema(description = "At least 8 characters of at least 2 kinds; not the login name or its reverse; not "
                + "containing the mobile number (rule 19). Absent: the customer logs in only by SSO.")
        String password,
        @Pattern(regexp = "^(?i:true|false|)$", message = "must be true or false")
        @Schema(description = "true: no marketing messages; false (default). Any case, as Huawei's own \"True\"",
                examples = "false")
        String isCloseMarketMs,
        @Pattern(regexp = "^1?$", message = "must be 1 (referral) or absent (resale)")
        @Schema(description = "Deprecated: 1 = referral; absent or empty = resale (rule 17); any other value is refused",
                examples = "1")
        String cooperationType,
        @Size(max = 64)
        @Schema(description = "A distributor creates the customer for this linked cloud reseller (rule 23)", maxLength = 64)
        String indirectPartnerId,
        @Schema(description = "Wait for the association result; association is synchronous here, so it always is")
        Boolean includeAssociationResult) {

    NewSubCustomer toNewSubCustomer() {
        return new NewSubCustomer(xaccountId, xaccountType, emptyToNull(domainName), emptyToNull(mobilePhone),
                emptyToNull(verificationCode), emptyToNull(password), "true".equalsIgnoreCase(isCloseMarketMs),
                emptyToNull(cooperationType), emptyToNull(indirectPartnerId));
    }

}
