package com.acmecloud.partnercenter.billing.consumption.service;

import com.acmecloud.partnercenter.billing.consumption.domain.RatedRecord;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents.ConsumptionSums;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Sums of records per bill type, as {@code billing.consumption_ingested} carries them. */
final class ConsumptionSummary {

    private ConsumptionSummary() {
    }

    static List<ConsumptionSums> byBillType(List<RatedRecord> records) {
        TreeMap<Integer, List<RatedRecord>> groups = new TreeMap<>();
        records.forEach(r -> groups.computeIfAbsent(r.billType(), k -> new ArrayList<>()).add(r));
        List<ConsumptionSums> sums = new ArrayList<>();
        groups.forEach((billType, list) -> {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            BigDecimal amount = zero;
            BigDecimal cash = zero;
            BigDecimal coupon = zero;
            BigDecimal huawei = zero;
            BigDecimal partner = zero;
            BigDecimal nonCounting = zero;
            BigDecimal card = zero;
            BigDecimal cardPurchase = zero;
            for (RatedRecord r : list) {
                amount = amount.add(r.amount());
                cash = cash.add(r.cashAmount());
                coupon = coupon.add(r.couponAmount());
                huawei = huawei.add(r.huaweiCouponAmount());
                partner = partner.add(r.partnerCouponAmount());
                nonCounting = nonCounting.add(r.nonCountingCouponAmount());
                card = card.add(r.storedValueCardAmount());
                if (r.storedValueCardPurchase()) {
                    cardPurchase = cardPurchase.add(r.amount());
                }
            }
            sums.add(new ConsumptionSums(billType, list.size(), amount, cash, coupon, huawei, partner, nonCounting,
                    card, cardPurchase));
        });
        return sums;
    }
}
