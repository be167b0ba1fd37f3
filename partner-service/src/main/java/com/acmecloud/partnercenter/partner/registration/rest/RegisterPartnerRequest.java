package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.registration.service.PartnerRegistrationService.Registration;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterPartnerRequest", description = "A company enrolling as a partner.")
public record RegisterPartnerRequest(
        @NotBlank @Size(max = 200)
        @Schema(examples = "Example Cloud Services Co., Ltd.", maxLength = 200)
        String companyName,

        @NotBlank @Email @Size(max = 254)
        @Schema(examples = "ops@example-cloud.com", maxLength = 254)
        String contactEmail,

        @NotBlank @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,30}$", message = "must be a phone number, e.g. +86-13800000000")
        @Schema(examples = "+86-13800000000")
        String contactPhone,

        @NotBlank @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code, e.g. CN")
        @Schema(examples = "CN")
        String countryCode,

        @NotBlank @Size(max = 128) @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "must be printable ASCII without spaces")
        @Schema(description = "The partner's id on its own platform; unique per platform (Huawei's xaccount_id).",
                examples = "erp-0001", maxLength = 128)
        String xaccountId) {

    Registration toRegistration() {
        return new Registration(companyName, contactEmail, contactPhone, countryCode, xaccountId);
    }
}
