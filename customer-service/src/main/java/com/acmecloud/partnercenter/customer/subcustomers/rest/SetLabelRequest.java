package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Our own API (Huawei has none for labels): the label the partner gives one of its customers. */
@Schema(name = "SetLabelRequest")
public record SetLabelRequest(
        @NotNull
        @Schema(description = "At most 64 characters, no control characters; the empty string removes the label",
                examples = "key-account", maxLength = 64)
        String label,
        @Size(max = 64)
        @Schema(description = "A distributor labels a customer of this linked cloud reseller", maxLength = 64)
        String indirectPartnerId) {

    String indirectPartnerIdOrNull() {
        return emptyToNull(indirectPartnerId);
    }
}
