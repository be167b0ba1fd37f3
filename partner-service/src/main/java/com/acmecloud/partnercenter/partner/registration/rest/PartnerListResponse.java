package com.acmecloud.partnercenter.partner.registration.rest;

import java.util.List;

public record PartnerListResponse(long totalCount, List<PartnerResponse> partners) {
}
