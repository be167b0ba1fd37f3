package com.acmecloud.partnercenter.partner.programs.rest;

import java.util.List;

public record CertificateListResponse(long totalCount, List<CertificateResponse> certificates) {
}
