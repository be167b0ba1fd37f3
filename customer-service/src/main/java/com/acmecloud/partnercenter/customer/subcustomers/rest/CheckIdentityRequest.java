package com.acmecloud.partnercenter.customer.subcustomers.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIdentityRequest")
public record CheckIdentityRequest(
        @NotNull @Pattern(regexp = "^(email|mobile|name)$", message = "must be email, mobile or name")
        @Schema(enumeration = {"email", "mobile", "name"}) String searchType,
        @NotBlank @Size(max = 254)
        @Schema(description = "Mobile as 0086-1xxxxxxxxxx", examples = "0086-13800000000") String searchValue) {
}
