package com.acmecloud.partnercenter.partner.rest;

import java.util.List;

public record ProgramCatalogueResponse(long totalCount, List<ProgramResponse> programs) {
}
