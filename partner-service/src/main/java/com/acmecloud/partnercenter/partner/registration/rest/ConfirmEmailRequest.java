package com.acmecloud.partnercenter.partner.registration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmEmailRequest")
public record ConfirmEmailRequest(
        @NotBlank @Pattern(regexp = "^[0-9]{6}$", message = "must be the 6-digit code from the e-mail")
        @Schema(examples = "042917") String verificationCode) {
}
