package com.acmecloud.partnercenter.partner.rest;

import java.util.List;

public record CertificateListResponse(long totalCount, List<CertificateResponse> certificates) {
}
