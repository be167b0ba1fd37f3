package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;
import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.deals.service.SignUp;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Only for a person without an account (the token names none): the sign-up data. A caller with an account sends
 * no body (a body is ignored).
 */
@Schema(name = "AcceptInvitationRequest")
public record AcceptInvitationRequest(
        @Size(max = 64) @Schema(description = "Login name (rule 18); empty: a random 32-character name",
                examples = "li_lei_2026") String domainName,
        @Size(max = 32) @Schema(description = "The registered prospect's China mobile number",
                examples = "0086-13800000000") String mobilePhone,
        @Size(max = 254) @Schema(description = "The registered prospect's e-mail") String email,
        @Size(max = 128) @Schema(description = "Optional (rule 19)") String password,
        @Size(max = 16) @Schema(description = "With mobile_phone: the SMS code sent to it (POST "
                + "/v2/customers/invitations/{code}/verification-codes)", examples = "123456") String verificationCode,
        @Size(max = 16) @Schema(description = "With email: the code e-mailed to it (same endpoint)",
                examples = "123456") String emailVerificationCode) {

    static SignUp.Data toData(AcceptInvitationRequest request) {
        if (request == null) {
            return null;
        }
        return new SignUp.Data(blankToNull(request.domainName),
                blankToNull(request.mobilePhone), blankToNull(request.email),
                emptyToNull(request.password), blankToNull(request.verificationCode),
                blankToNull(request.emailVerificationCode));
    }
}
