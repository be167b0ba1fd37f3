package com.acmecloud.partnercenter.partner.agreements.rest;

import java.util.List;

public record PaymentAgreementListResponse(long totalCount, List<PaymentAgreementResponse> paymentAgreements) {
}
