package com.acmecloud.partnercenter.partner.programs.rest;

import java.util.List;

public record ProgramCatalogueResponse(long totalCount, List<ProgramResponse> programs) {
}
