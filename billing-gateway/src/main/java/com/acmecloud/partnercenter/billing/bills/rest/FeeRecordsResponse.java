package com.acmecloud.partnercenter.billing.bills.rest;

import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.FeeRow;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Page;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's ListSubCustomerBillDetail answer: the customers' consumption records of a cycle, paged. */
@Schema(name = "ListSubCustomerBillDetailResponse")
public record FeeRecordsResponse(long totalCount, String currency, List<FeeRecord> feeRecords) {

    /**
     * Huawei's SubCustomerMonthlyBillDetail. {@code id} and {@code trade_id}: the record id; {@code trade_time} and
     * {@code consume_time}: its consume time (UTC). Amounts of bill types 1 and 2 are negative.
     */
    @Schema(name = "SubCustomerMonthlyBillDetail")
    public record FeeRecord(String billCycle, String customerId, String associationType, String serviceTypeCode,
                            String resourceTypeCode, String serviceTypeName, String resourceTypeName,
                            int chargingMode,
                            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'",
                                    timezone = "UTC") Instant tradeTime,
                            String tradeId, String id, int billDetailType, String resourceId, String resourceName,
                            String regionCode,
                            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss'Z'",
                                    timezone = "UTC") Instant consumeTime,
                            BigDecimal officialAmount, BigDecimal officialDiscountAmount, BigDecimal paymentAmount,
                            BigDecimal cashAmount, BigDecimal creditAmount, BigDecimal couponAmount,
                            BigDecimal flexipurchaseCouponAmount, BigDecimal storedValueCardAmount,
                            BigDecimal debtAmount, BigDecimal writeoffAmount, String partnerId) {
    }

    static FeeRecordsResponse of(Page<FeeRow> page) {
        return new FeeRecordsResponse(page.total(), "CNY", page.rows().stream().map(FeeRecordsResponse::record)
                .toList());
    }

    private static FeeRecord record(FeeRow r) {
        int t = r.billType();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new FeeRecord(r.billCycle(), r.customerId(), Integer.toString(r.associationType()),
                r.cloudServiceType(), r.resourceType(), r.cloudServiceType(), r.resourceType(), r.chargeMode(),
                r.consumeTime(), r.recordId(), r.recordId(), r.billDetailType(), r.resourceId(), r.resourceName(),
                r.regionCode(), r.consumeTime(), MonthlySumResponse.signed(r.officialAmount(), t),
                MonthlySumResponse.signed(r.discountAmount(), t), MonthlySumResponse.signed(r.amount(), t),
                MonthlySumResponse.signed(r.cashAmount(), t), zero, MonthlySumResponse.signed(r.couponAmount(), t),
                zero, MonthlySumResponse.signed(r.storedValueCardAmount(), t), r.debtAmount(),
                t == 2 ? r.amount().negate() : zero, r.partnerId());
    }
}
