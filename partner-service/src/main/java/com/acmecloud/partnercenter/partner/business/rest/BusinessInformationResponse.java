package com.acmecloud.partnercenter.partner.business.rest;

import com.acmecloud.partnercenter.partner.business.domain.BusinessDetails;
import com.acmecloud.partnercenter.partner.business.domain.BusinessInformation;
import com.acmecloud.partnercenter.partner.business.domain.BusinessInformationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BusinessInformation")
public record BusinessInformationResponse(
        String partnerId,
        @Schema(description = "NONE, PENDING, VERIFIED or REJECTED: the state of the latest submission")
        BusinessInformationStatus status,
        @Schema(description = "Rule 60: true while nothing is verified or a change is pending")
        boolean payoutBlocked,
        @Schema(description = "NOT_VERIFIED or CHANGE_PENDING; null when payouts are allowed")
        BusinessInformation.PayoutBlock payoutBlockedReason,
        @Schema(description = "The verified version in force, or null") Details verified,
        @Schema(description = "The change waiting for verification, or null") Details pendingChange,
        @Schema(description = "The last operator decision, or null") LastReview lastReview) {

    @Schema(name = "BusinessInformationDetails")
    public record Details(String contractingEntity, String bankName,
                          @Schema(description = "All but the last 4 digits masked", examples = "***************3445")
                          String bankAccountNumberMasked,
                          String accountHolderName, BigDecimal taxRate,
                          @Schema(description = "When verified (verified version) or submitted (pending change)")
                          Instant since) {

        static Details of(BusinessDetails d, Instant since) {
            return d == null ? null : new Details(d.contractingEntity, d.bankName, d.bankAccountMasked(),
                    d.accountHolderName, d.taxRate == null ? null : d.taxRate.stripTrailingZeros(), since);
        }
    }

    @Schema(name = "BusinessInformationReview")
    public record LastReview(BusinessInformationStatus result, String opinion, Instant reviewedAt) {
    }

    static BusinessInformationResponse of(BusinessInformation b) {
        LastReview review = b.lastReviewedAt == null ? null
                : new LastReview(b.status == BusinessInformationStatus.PENDING ? null : b.status, b.lastOpinion,
                        b.lastReviewedAt);
        return new BusinessInformationResponse(b.partnerId, b.status, b.payoutBlocked(), b.payoutBlock(),
                Details.of(b.verified, b.verifiedAt), Details.of(b.pending, b.pendingSubmittedAt), review);
    }
}
