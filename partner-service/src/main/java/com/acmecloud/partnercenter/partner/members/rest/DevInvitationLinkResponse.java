package com.acmecloud.partnercenter.partner.members.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DevInvitationLink", description = "Local development only: a recent invitation's link.")
public record DevInvitationLinkResponse(String invitationId, String invitationLink, Instant expiresAt) {
}
