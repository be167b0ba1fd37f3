package com.acmecloud.partnercenter.partner.resellers.rest;

import java.util.List;

public record LinkRequestListResponse(long totalCount, List<LinkRequestResponse> requests) {
}
