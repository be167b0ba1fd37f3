package com.acmecloud.partnercenter.partner.rest;

import java.util.List;

public record MemberListResponse(long totalCount, List<MemberResponse> members) {
}
