package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.subcustomers.domain.SubCustomerFilter;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code QuerySubCustomerListReq}: every filter optional; an absent, null or empty field does not filter. */
@Schema(name = "QuerySubCustomersRequest")
public record QuerySubCustomersRequest(
        @Size(max = 64) @Schema(description = "A part of the login name (prefix, suffix or middle; case-sensitive)")
        String accountName,
        @Size(max = 64) @Schema(description = "Verified real-name name, fuzzy: case-insensitive contains")
        String customer,
        @Size(max = 64) @Schema(description = "Exact customer id") String customerId,
        @Size(max = 64) @Schema(description = "A part of the label (prefix, suffix or middle; case-sensitive); labels are set with "
                + "PUT /v2/partners/sub-customers/{customer_id}/label")
        String label,
        @Pattern(regexp = "^[123]$", message = "must be 1 (referral), 2 or 3 (resale)")
        @Schema(description = "1 referral (顾问销售); 2 resale (代售, as association_type answers it) or 3, the value "
                + "Huawei's current SDK documents for resale (转售)", examples = "2") String associationType,
        @Schema(description = "Associated at or after, UTC yyyy-MM-dd'T'HH:mm:ss'Z'") String associatedOnBegin,
        @Schema(description = "Associated at or before, UTC yyyy-MM-dd'T'HH:mm:ss'Z'") String associatedOnEnd,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit,
        @Size(max = 64) @Schema(description = "A distributor queries the customers of this linked cloud reseller")
        String indirectPartnerId) {


    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }

    /** "1" referral; "2" (ours) and "3" (Huawei's 转售) both mean resale. */
    private Integer associationTypeFilter() {
        if (associationType == null) {
            return null;
        }
        return "1".equals(associationType) ? SubCustomer.REFERRAL : SubCustomer.RESALE;
    }

    /** @throws CbcException CBC.0100 naming each malformed time, or a begin after the end */
    SubCustomerFilter toFilter() {
        UtcRange range = UtcRange.parse("associated_on_begin", associatedOnBegin, "associated_on_end", associatedOnEnd);
        return new SubCustomerFilter(emptyToNull(accountName), emptyToNull(customer), emptyToNull(customerId),
                emptyToNull(label), associationTypeFilter(), range.begin(), range.end());
    }

}
