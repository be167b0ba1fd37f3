package com.acmecloud.partnercenter.customer.rest;

import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository.Filter;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code QuerySubCustomerListReq}: every filter optional; an absent or null field does not filter. */
@Schema(name = "QuerySubCustomersRequest")
public record QuerySubCustomersRequest(
        @Size(max = 64) @Schema(description = "Exact login name") String accountName,
        @Size(max = 64) @Schema(description = "Real-name name (fuzzy); real-name is not kept yet, so it matches nothing")
        String customer,
        @Size(max = 64) @Schema(description = "Exact customer id") String customerId,
        @Size(max = 64) @Schema(description = "Label; labels are not kept yet, so it matches nothing") String label,
        @Pattern(regexp = "^[12]$", message = "must be 1 (referral) or 2 (resale)")
        @Schema(description = "1 referral, 2 resale", examples = "2") String associationType,
        @Schema(description = "Associated at or after, UTC yyyy-MM-dd'T'HH:mm:ss'Z'") String associatedOnBegin,
        @Schema(description = "Associated at or before, UTC yyyy-MM-dd'T'HH:mm:ss'Z'") String associatedOnEnd,
        @Min(0) @Max(PageRequest.MAX_OFFSET) @Schema(defaultValue = "0") Integer offset,
        @Min(1) @Max(PageRequest.MAX_LIMIT) @Schema(defaultValue = "10") Integer limit,
        @Size(max = 64) @Schema(description = "A distributor queries the customers of this linked cloud reseller")
        String indirectPartnerId) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withResolverStyle(ResolverStyle.STRICT)
            .withZone(ZoneOffset.UTC);

    int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    int limitOrDefault() {
        return limit == null ? PageRequest.DEFAULT_LIMIT : limit;
    }

    /** @throws CbcException CBC.0100 naming each malformed time, or a begin after the end */
    Filter toFilter() {
        List<ErrorDetail> problems = new ArrayList<>();
        Instant begin = parse("associated_on_begin", associatedOnBegin, problems);
        Instant end = parse("associated_on_end", associatedOnEnd, problems);
        if (begin != null && end != null && begin.isAfter(end)) {
            problems.add(ErrorDetail.of("associated_on_begin", CbcError.PARAMETER_ERROR,
                    "must not be after associated_on_end"));
        }
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        return new Filter(accountName, customer, customerId, label,
                associationType == null ? null : Integer.valueOf(associationType), begin, end);
    }

    private static Instant parse(String field, String value, List<ErrorDetail> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.from(UTC.parse(value));
        } catch (DateTimeParseException e) {
            problems.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR,
                    "must be a UTC time yyyy-MM-dd'T'HH:mm:ss'Z', e.g. 2026-01-31T16:00:00Z"));
            return null;
        }
    }
}
