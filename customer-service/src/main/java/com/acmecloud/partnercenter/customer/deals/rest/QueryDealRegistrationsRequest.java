package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistrationFilter;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every filter optional; an absent or null field does not filter. */
@Schema(name = "QueryDealRegistrationsRequest")
public record QueryDealRegistrationsRequest(
        @Pattern(regexp = Ids.UUID, message = "must be a registration id") String registrationId,
        @Pattern(regexp = "^(ACTIVE|CONVERTED|WITHDRAWN|EXPIRED|RELEASED)$",
                message = "must be ACTIVE, CONVERTED, WITHDRAWN, EXPIRED or RELEASED")
        @Schema(description = "The stored status: an ACTIVE registration past expires_at matches ACTIVE until the "
                + "release job closes it") String status,
        @Size(max = 64) String customerId,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit,
        @Size(max = 64) @Schema(description = "A distributor queries a linked cloud reseller's registrations")
        String indirectPartnerId) {

    DealRegistrationFilter toFilter() {
        return new DealRegistrationFilter(registrationId == null ? null : UUID.fromString(registrationId),
                status == null ? null : Status.valueOf(status), blankToNull(customerId));
    }

    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }
}
