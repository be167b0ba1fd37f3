package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation.Channel;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.customer.deals.service.InvitationService.NewInvitation;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IssueInvitationRequest")
public record IssueInvitationRequest(
        @NotNull @Pattern(regexp = Ids.UUID, message = "must be a registration id")
        @Schema(description = "An ACTIVE registration of the caller (rule 7)") String registrationId,
        @NotNull @Pattern(regexp = "^(ONLINE|OFFLINE)$", message = "must be ONLINE or OFFLINE")
        @Schema(description = "ONLINE: a link sent by e-mail, valid 7 days; OFFLINE: a link / QR code that never "
                + "expires (rule 8)", examples = "ONLINE") String channel,
        @NotNull @Pattern(regexp = "^[12]$", message = "must be \"1\" (referral) or \"2\" (resale)")
        @Schema(description = "The mode the customer associates in: \"1\" referral, \"2\" resale (a string, as in "
                + "Huawei's sub-customer query)", examples = "2") String associationType,
        @Size(max = 254) @Schema(description = "ONLINE: where the link is sent (default: the registration's e-mail)")
        String email,
        @Size(max = 64) @Schema(description = "A distributor invites for this linked cloud reseller")
        String indirectPartnerId) {

    NewInvitation toNewInvitation() {
        String mail = blankToNull(email);
        if (mail != null) {
            mail = ProspectContacts.email(mail).orElseThrow(() -> new CbcException(CbcError.PARAMETER_ERROR,
                    CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("email", CbcError.PARAMETER_ERROR, "must be an e-mail address"))));
        }
        return new NewInvitation(UUID.fromString(registrationId), Channel.valueOf(channel), Integer.parseInt(associationType), mail,
                blankToNull(indirectPartnerId));
    }
}
