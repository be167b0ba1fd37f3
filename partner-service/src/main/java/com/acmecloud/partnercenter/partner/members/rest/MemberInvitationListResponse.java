package com.acmecloud.partnercenter.partner.rest;

import java.util.List;

public record MemberInvitationListResponse(long totalCount, List<MemberInvitationResponse> invitations) {
}
