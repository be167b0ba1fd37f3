package com.acmecloud.partnercenter.partner.resellers.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QueryIndirectPartnersResponse")
public record QueryIndirectPartnersResponse(
        @Schema(description = "Huawei's field: how many resellers match (all pages)") long count,
        @Schema(description = "The same number under the suite's paging name") long totalCount,
        List<IndirectPartnerResponse> indirectPartners) {
}
