package com.acmecloud.partnercenter.billing.bills.rest;

import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Page;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.SumRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's ListSubcustomerMonthlyBills answer: one sum per customer, service, resource type, mode and bill type. */
@Schema(name = "ListSubcustomerMonthlyBillsResponse")
public record MonthlySumResponse(List<BillSum> billSums, long count, String currency) {

    /**
     * Huawei's BillSumInfoV2. {@code amount}: payable; negative for bill types 1 (unsubscribe) and 2 (write-off), as
     * Huawei's. {@code account_details}: the payable by payment means (BALANCE_TYPE_DEBIT cash from the balance,
     * BALANCE_TYPE_COUPON, BALANCE_TYPE_STORED_VALUE_CARD).
     */
    @Schema(name = "BillSumInfoV2")
    public record BillSum(String customerId, String cloudServiceType, String cloudServiceTypeName, String billType,
                          String chargeMode, BigDecimal amount, BigDecimal debtAmount, BigDecimal adjustmentAmount,
                          BigDecimal discountAmount, int measureId, List<AccountDetail> accountDetails,
                          String resourceTypeCode, String resourceTypeName) {
    }

    @Schema(name = "BalanceTypeDeductSumV2")
    public record AccountDetail(String balanceType, BigDecimal amount, String billType) {
    }

    static MonthlySumResponse of(Page<SumRow> page) {
        return new MonthlySumResponse(page.rows().stream().map(MonthlySumResponse::sum).toList(), page.total(),
                "CNY");
    }

    private static BillSum sum(SumRow row) {
        String billType = Integer.toString(row.billType());
        List<AccountDetail> details = new ArrayList<>();
        detail(details, "BALANCE_TYPE_DEBIT", row.cashAmount(), row.billType());
        detail(details, "BALANCE_TYPE_COUPON", row.couponAmount(), row.billType());
        detail(details, "BALANCE_TYPE_STORED_VALUE_CARD", row.storedValueCardAmount(), row.billType());
        return new BillSum(row.customerId(), row.cloudServiceType(), row.cloudServiceType(), billType,
                Integer.toString(row.chargeMode()), signed(row.amount(), row.billType()),
                row.billType() == 0 ? row.debtAmount() : null, row.billType() == 0 ? BigDecimal.ZERO.setScale(2) : null,
                row.billType() == 0 ? row.discountAmount() : null, 1, details, row.resourceType(), row.resourceType());
    }

    private static void detail(List<AccountDetail> details, String type, BigDecimal amount, int billType) {
        if (amount.signum() != 0) {
            details.add(new AccountDetail(type, signed(amount, billType), Integer.toString(billType)));
        }
    }

    /** Huawei shows unsubscribe and write-off amounts as negative. */
    static BigDecimal signed(BigDecimal amount, int billType) {
        return billType == 0 ? amount : amount.negate();
    }
}
