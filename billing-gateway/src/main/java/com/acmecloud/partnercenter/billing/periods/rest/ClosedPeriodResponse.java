package com.acmecloud.partnercenter.billing.periods.rest;

import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.periods.domain.ClosedPeriod;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closed bill period. Instants UTC {@code yyyy-MM-dd'T'HH:mm:ss'Z'}. */
@Schema(name = "ClosedPeriodResponse")
public record ClosedPeriodResponse(
        @Schema(description = "YYYY-MM (GMT+8)", example = "2026-10") String billCycle,
        @Schema(description = "true when this call closed it; false when it was closed before") boolean closedNow,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'", timezone = "UTC")
        @Schema(description = "The end of the period; its records ingested before closed_at are in the totals")
        Instant dataCompleteThrough,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'", timezone = "UTC")
        Instant closedAt,
        String closedBy,
        long recordCount, long customerCount, long partnerCount, BigDecimal amount, BigDecimal cashAmount,
        BigDecimal couponAmount, BigDecimal storedValueCardAmount, BigDecimal debtAmount) {

    static ClosedPeriodResponse of(ClosedPeriod p, boolean closedNow) {
        return new ClosedPeriodResponse(BillCycles.format(p.cycle()), closedNow, p.dataCompleteThrough(),
                p.closedAt(), p.closedBy(), p.records(), p.customers(), p.partners(), p.amount(), p.cashAmount(),
                p.couponAmount(), p.storedValueCardAmount(), p.debtAmount());
    }
}
