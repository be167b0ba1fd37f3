package com.acmecloud.partnercenter.billing.funds.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the funds API, in Huawei's field names and types (the SDK models they must read into). */
public final class FundsWire {

    public static final String CNY = "CNY";
    /** Huawei's {@code measure_id}: 1 = yuan. */
    public static final int YUAN = 1;

    private FundsWire() {
    }

    @Schema(name = "TransferIdResponse", description = "Huawei's answer to adjust-amount and indirect-partner-adjust")
    public record TransferId(@Schema(example = "AD2612021018aa01bb02cc03") String transferId) {
    }

    @Schema(name = "TransIdResponse", description = "Huawei's answer to reclaim and indirect-partner-reclaim")
    public record TransId(@Schema(example = "RE2612021018aa01bb02cc03") String transId) {
    }

    /** Huawei's AccountBalanceV2 (partner) / AccountBalanceV3 (customer). */
    @Schema(name = "AccountBalance")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AccountBalance(
            @Schema(example = "4f9c2d7e8a1b4c3d9e0f1a2b3c4d5e6f-8") String accountId,
            @Schema(description = "1 balance, 2 credit, 5 bonus, 7 deposit, 8 allocatable", example = "8")
            int accountType,
            @Schema(example = "1200.50") BigDecimal amount,
            @Schema(example = "CNY") String currency,
            @Schema(description = "Reserved for designated uses (type 8 and 1)", example = "0.00")
            BigDecimal designatedAmount,
            @Schema(description = "The credit limit (type 2)", example = "5000.00") BigDecimal creditAmount,
            @Schema(example = "1") int measureId,
            String memo) {
    }

    @Schema(name = "PartnerBalancesResponse")
    public record PartnerBalances(List<AccountBalance> accountBalances) {
    }

    @Schema(name = "CustomerBalance")
    public record CustomerBalance(String customerId, @Schema(example = "100.00") BigDecimal amount,
                                  @Schema(example = "0.00") BigDecimal debtAmount,
                                  @Schema(example = "CNY") String currency,
                                  @Schema(example = "1") int measureId) {
    }

    @Schema(name = "CustomerBalancesResponse")
    public record CustomerBalances(List<CustomerBalance> customerBalances) {
    }

    /** Huawei's ShowCustomerAccountBalancesResponse: the customer's own balances. */
    @Schema(name = "CustomerOwnBalancesResponse")
    public record CustomerOwnBalances(List<AccountBalance> accountBalances, BigDecimal debtAmount, int measureId,
                                      String currency) {
    }

    /** Huawei's AdjustRecordV3; {@code amount} is a string as in Huawei's model. */
    @Schema(name = "AdjustRecord")
    public record AdjustRecord(String customerId, String customerName,
                               @Schema(example = "SOURCE_OPERATION_BEADJUST") String operationType,
                               @Schema(example = "100.00") String amount, @Schema(example = "CNY") String currency,
                               @Schema(description = "Always null: no apply scenes are kept") String applyScene,
                               @Schema(example = "2026-12-02T02:18:00Z") String operationTime,
                               @Schema(example = "1") int measureId, String transId, String memo) {
    }

    @Schema(name = "AdjustRecordsResponse")
    public record AdjustRecords(List<AdjustRecord> records, long totalCount) {
    }

    /** Huawei's AccountChangeRecord (every field a string, as in Huawei's model). */
    @Schema(name = "AccountChangeRecord")
    public record AccountChangeRecord(String accountChangeId,
                                      @Schema(example = "BEADJUST") String tradeDetailType,
                                      @Schema(example = "2026-12-02T02:18:00Z") String tradeTime,
                                      @Schema(description = "The ledger trans_id") String tradeId,
                                      @Schema(example = "-100.00") String changeAmount,
                                      @Schema(example = "900.00") String balanceAfterChange,
                                      @Schema(description = "1 income, 2 expense", example = "2") String type) {
    }

    @Schema(name = "AccountChangeRecordsResponse")
    public record AccountChangeRecords(long totalCount, String currency, List<AccountChangeRecord> records) {
    }

    @Schema(name = "CustomerAccountChangeRecordsResponse")
    public record CustomerAccountChangeRecords(long totalCount, String currency, List<Object> records) {
    }
}
