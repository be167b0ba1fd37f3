package com.acmecloud.partnercenter.partner.registration.rest;

import java.util.List;

public record RealNameSubmissionListResponse(long totalCount, List<RealNameSubmissionResponse> submissions) {
}
