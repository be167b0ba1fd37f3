package com.acmecloud.partnercenter.partner.members.rest;

import java.util.List;

public record MemberInvitationListResponse(long totalCount, List<MemberInvitationResponse> invitations) {
}
