package com.acmecloud.partnercenter.partner.members.rest;

import java.util.List;

public record CertificationListResponse(long totalCount, List<CertificationResponse> certifications) {
}
