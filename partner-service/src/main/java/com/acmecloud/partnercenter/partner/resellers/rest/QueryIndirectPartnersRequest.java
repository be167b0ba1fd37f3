package com.acmecloud.partnercenter.partner.resellers.rest;

import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerFilter;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Huawei's {@code QueryIndirectPartnersReq}: every filter optional. An absent or null field does not filter; any
 * other value, the empty string included, must match.
 */
@Schema(name = "QueryIndirectPartnersRequest",
        description = "Every filter is optional: an absent or null field does not filter; any other value, the empty "
                + "string included, must match.")
public record QueryIndirectPartnersRequest(
        @Size(max = 128) @Schema(description = "Exact account name (xaccount_id) of a reseller", maxLength = 128)
        String accountName,
        @Schema(description = "Linked at or after, UTC yyyy-MM-dd'T'HH:mm:ss'Z'", examples = "2026-01-01T00:00:00Z")
        String associatedOnBegin,
        @Schema(description = "Linked at or before, UTC yyyy-MM-dd'T'HH:mm:ss'Z'", examples = "2026-12-31T23:59:59Z")
        String associatedOnEnd,
        @Size(max = 64) @Schema(description = "One reseller's partner id", maxLength = 64)
        String indirectPartnerId,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(description = "Item offset from 0", defaultValue = "0")
        Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(description = "1 to 100", defaultValue = "10")
        Integer limit) {


    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }

    /** @throws CbcException CBC.0100 naming each malformed time, or a begin after the end */
    IndirectPartnerFilter toFilter() {
        UtcRange range = UtcRange.parse("associated_on_begin", associatedOnBegin, "associated_on_end", associatedOnEnd);
        return new IndirectPartnerFilter(accountName, indirectPartnerId, range.begin(), range.end());
    }
}
