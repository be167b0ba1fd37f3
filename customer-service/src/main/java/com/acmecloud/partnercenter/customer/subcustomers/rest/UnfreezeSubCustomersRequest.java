package com.acmecloud.partnercenter.customer.subcustomers.rest;

import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code UnfreezeSubCustomersReq} (INTL). */
@Schema(name = "UnfreezeSubCustomersRequest")
public record UnfreezeSubCustomersRequest(
        @NotNull @Size(min = 1, max = 10) @Schema(description = "1 to 10 customer ids", required = true)
        List<@NotBlank @Size(max = 64) String> customerIds,
        @NotBlank @Size(max = 256) @Schema(description = "Why, up to 256 characters", required = true) String reason,
        @Size(max = 64) @Schema(description = "A distributor unfreezes the customers of this linked cloud reseller")
        String indirectPartnerId,
        @Pattern(regexp = "^(ACCOUNT|ACCOUNT_AND_RESOURCE)$", message = "must be ACCOUNT or ACCOUNT_AND_RESOURCE")
        @Schema(description = "ACCOUNT (default) or ACCOUNT_AND_RESOURCE; must be the type the customer was frozen "
                + "with") String unfreezeType) {

    FreezeType type() {
        return unfreezeType == null ? FreezeType.ACCOUNT : FreezeType.valueOf(unfreezeType);
    }
}
