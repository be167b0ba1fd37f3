package com.acmecloud.partnercenter.billing.withdrawals.rest;

import com.acmecloud.partnercenter.billing.withdrawals.domain.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A withdrawal as the partner and operators see it: the bank account only as its last 4 digits. */
@Schema(name = "WithdrawalInfo")
public record WithdrawalInfo(
        String withdrawalId,
        String partnerId,
        @Schema(example = "500.00") BigDecimal amount,
        @Schema(description = "1: yuan") int measureId,
        String bankName,
        String accountName,
        @Schema(example = "****3445") String bankAccountMasked,
        @Schema(description = "PENDING, APPROVED or REJECTED") String status,
        Instant requestedAt,
        Instant decidedAt,
        @Schema(description = "The rejection reason") String reason,
        @Schema(description = "The ledger movement of an approved withdrawal (trade type ADJUST)") String transId,
        @Schema(description = "YYYY-MM-DD (GMT+8): 7 working days after approval (rule 41)")
        String expectedArrivalDate) {

    static WithdrawalInfo of(Withdrawal w) {
        return new WithdrawalInfo(w.withdrawalId.toString(), w.partnerId, w.amount, 1, w.bankName, w.accountName,
                w.bankAccountMasked, w.status, w.requestedAt, w.decidedAt, w.reason, w.transId,
                w.expectedArrivalDate == null ? null : w.expectedArrivalDate.toString());
    }
}
