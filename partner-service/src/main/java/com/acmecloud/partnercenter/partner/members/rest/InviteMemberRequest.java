package com.acmecloud.partnercenter.partner.members.rest;

import com.acmecloud.partnercenter.partner.members.domain.InviteeType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InviteMemberRequest", description = "Invite a person to become the partner's member (domain rule 3).")
public record InviteMemberRequest(
        @NotNull
        @Schema(description = "How the person is named: EMAIL, PHONE (China mobile) or ACCOUNT_NAME", examples = "EMAIL")
        InviteeType inviteeType,

        @NotBlank @Size(max = 254)
        @Schema(description = "E-mail address, China mobile number (+86-13800000000) or account name (5 to 32 characters)",
                examples = "li.lei@example.com", maxLength = 254)
        String invitee) {
}
