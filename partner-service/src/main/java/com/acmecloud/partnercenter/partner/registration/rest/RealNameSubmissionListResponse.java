package com.acmecloud.partnercenter.partner.rest;

import java.util.List;

public record RealNameSubmissionListResponse(long totalCount, List<RealNameSubmissionResponse> submissions) {
}
