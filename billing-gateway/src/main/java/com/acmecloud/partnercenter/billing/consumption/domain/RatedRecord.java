package com.acmecloud.partnercenter.billing.consumption.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rated consumption record as the rating system sends it, checked: every amount &ge; 0 with at most 2 decimals,
 * amount = cash + coupon + stored-value card, coupon = Huawei-issued + partner-issued, non-counting coupons &le;
 * coupon (rule 56 needs the split), charge mode 1/3/11, bill type 0/1/2, consume time UTC and bill cycle the GMT+8
 * month of the consume time.
 */
public record RatedRecord(String recordId, String customerId, String cloudServiceType, String resourceType,
                          String resourceId, String resourceName, String regionCode, int chargeMode, int billType,
                          BigDecimal officialAmount, BigDecimal discountAmount, BigDecimal amount,
                          BigDecimal cashAmount, BigDecimal couponAmount, BigDecimal huaweiCouponAmount,
                          BigDecimal partnerCouponAmount, BigDecimal nonCountingCouponAmount,
                          BigDecimal storedValueCardAmount, boolean storedValueCardPurchase, Instant consumeTime,
                          YearMonth billCycle) {

    public static final Set<Integer> CHARGE_MODES = Set.of(1, 3, 11);
    public static final Set<Integer> BILL_TYPES = Set.of(0, 1, 2);
    public static final int CONSUME = 0;
    public static final int UNSUBSCRIBE = 1;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:\\-]{1,64}");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** Why a record was refused: a catalogued code and a message naming the field. */
    public static final class Rejected extends RuntimeException {
        private final CbcError error;

        public Rejected(CbcError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        public CbcError error() {
            return error;
        }
    }

    /** What the rating system sent, unchecked; amounts that are absent count as 0 (official: the amount). */
    public record Raw(String recordId, String customerId, String cloudServiceType, String resourceType,
                      String resourceId, String resourceName, String regionCode, Integer chargeMode,
                      Integer billType, BigDecimal officialAmount, BigDecimal discountAmount, BigDecimal amount,
                      BigDecimal cashAmount, BigDecimal couponAmount, BigDecimal huaweiCouponAmount,
                      BigDecimal partnerCouponAmount, BigDecimal nonCountingCouponAmount,
                      BigDecimal storedValueCardAmount, Boolean storedValueCardPurchase, String consumeTime,
                      String billCycle) {
    }

    /** Checks the record; throws {@link Rejected} with the first problem found. */
    public static RatedRecord check(Raw raw) {
        String customerId = text("customer_id", raw.customerId(), 64, true);
        if (!ID.matcher(customerId).matches()) {
            throw invalid("customer_id");
        }
        String cloudServiceType = text("cloud_service_type", raw.cloudServiceType(), 64, true);
        String resourceType = text("resource_type", raw.resourceType(), 64, false);
        String resourceId = text("resource_id", raw.resourceId(), 128, false);
        String resourceName = text("resource_name", raw.resourceName(), 256, false);
        String regionCode = text("region_code", raw.regionCode(), 64, false);
        if (raw.chargeMode() == null || !CHARGE_MODES.contains(raw.chargeMode())) {
            throw new Rejected(CbcError.INVALID_PARAMETER, "charge_mode must be 1, 3 or 11");
        }
        if (raw.billType() == null || !BILL_TYPES.contains(raw.billType())) {
            throw new Rejected(CbcError.INVALID_PARAMETER, "bill_type must be 0, 1 or 2");
        }
        BigDecimal amount = money("amount", raw.amount(), true);
        BigDecimal cash = money("cash_amount", raw.cashAmount(), false);
        BigDecimal coupon = money("coupon_amount", raw.couponAmount(), false);
        BigDecimal huaweiCoupon = money("huawei_coupon_amount", raw.huaweiCouponAmount(), false);
        BigDecimal partnerCoupon = money("partner_coupon_amount", raw.partnerCouponAmount(), false);
        BigDecimal nonCounting = money("non_counting_coupon_amount", raw.nonCountingCouponAmount(), false);
        BigDecimal card = money("stored_value_card_amount", raw.storedValueCardAmount(), false);
        BigDecimal official = raw.officialAmount() == null ? amount : money("official_amount", raw.officialAmount(),
                true);
        BigDecimal discount = money("discount_amount", raw.discountAmount(), false);
        if (amount.compareTo(cash.add(coupon).add(card)) != 0
                || coupon.compareTo(huaweiCoupon.add(partnerCoupon)) != 0
                || nonCounting.compareTo(coupon) > 0) {
            throw new Rejected(CbcError.CONSUMPTION_SPLIT_MISMATCH, CbcError.CONSUMPTION_SPLIT_MISMATCH.message());
        }
        if (raw.consumeTime() == null) {
            throw new Rejected(CbcError.INVALID_PARAMETER, "consume_time is required (yyyy-MM-dd'T'HH:mm:ss'Z')");
        }
        Instant consumeTime;
        try {
            consumeTime = Instant.from(UTC.parse(raw.consumeTime()));
        } catch (DateTimeParseException e) {
            throw new Rejected(CbcError.INVALID_PARAMETER, "consume_time must be UTC yyyy-MM-dd'T'HH:mm:ss'Z'");
        }
        YearMonth cycle = BillCycles.parse(raw.billCycle()).orElseThrow(
                () -> new Rejected(CbcError.INVALID_PARAMETER, "bill_cycle must be YYYY-MM"));
        if (!cycle.equals(BillCycles.of(consumeTime))) {
            throw new Rejected(CbcError.INVALID_PARAMETER,
                    "bill_cycle must be the month (GMT+8) of consume_time");
        }
        return new RatedRecord(raw.recordId(), customerId, cloudServiceType, resourceType, resourceId, resourceName,
                regionCode, raw.chargeMode(), raw.billType(), official, discount, amount, cash, coupon, huaweiCoupon,
                partnerCoupon, nonCounting, card, Boolean.TRUE.equals(raw.storedValueCardPurchase()), consumeTime,
                cycle);
    }

    /** A record id the response can name: 1 to 64 of letters, digits and {@code _ . : -}. */
    public static boolean validId(String recordId) {
        return recordId != null && ID.matcher(recordId).matches();
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new Rejected(CbcError.INVALID_PARAMETER, field + " is required");
            }
            return null;
        }
        if (value.length() > max) {
            throw new Rejected(CbcError.INVALID_PARAMETER, field + " is longer than " + max + " characters");
        }
        return value;
    }

    private static BigDecimal money(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new Rejected(CbcError.INVALID_PARAMETER, field + " is required");
            }
            return BigDecimal.ZERO.setScale(2);
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 18) {
            throw new Rejected(CbcError.INVALID_PARAMETER, field + " must be >= 0 with at most 2 decimals");
        }
        return value.setScale(2);
    }

    private static Rejected invalid(String field) {
        return new Rejected(CbcError.INVALID_PARAMETER, field + " has characters that are not allowed");
    }
}
