package com.acmecloud.partnercenter.partner.programs.rest;

import java.util.List;

public record JoinedProgramListResponse(long totalCount, List<JoinedProgramResponse> programs) {
}
