package com.acmecloud.partnercenter.partner.members.rest;

import java.util.List;

public record MemberListResponse(long totalCount, List<MemberResponse> members) {
}
