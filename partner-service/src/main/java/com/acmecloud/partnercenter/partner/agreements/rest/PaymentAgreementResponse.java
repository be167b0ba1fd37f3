package com.acmecloud.partnercenter.partner.agreements.rest;

import com.acmecloud.partnercenter.partner.agreements.domain.PaymentAgreement;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentAgreement")
public record PaymentAgreementResponse(
        String contractId,
        String partnerId,
        @Schema(examples = "PA20261125-000042") String contractNumber,
        String companyName,
        Instant issuedAt,
        @Schema(description = "Where to download the PDF") String pdfPath) {

    static PaymentAgreementResponse of(PaymentAgreement a) {
        return new PaymentAgreementResponse(a.contractId.toString(), a.partnerId, a.contractNumber, a.companyName,
                a.issuedAt, "/v2/partners/" + a.partnerId + "/payment-agreements/" + a.contractId + "/pdf");
    }
}
