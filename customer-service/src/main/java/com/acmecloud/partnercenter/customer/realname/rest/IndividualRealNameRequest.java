package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.realname.domain.IndividualApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code ApplyIndividualRealnameAuthsReq}. Empty optional strings count as absent, as Huawei does. */
@Schema(name = "IndividualRealNameRequest")
public record IndividualRealNameRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The partner's sub-customer") String customerId,
        @NotNull @Schema(description = "0: ID document (3 images); 4: bank card plus 1 face photo", enumeration = {"0", "4"})
        Integer identifyType,
        @Schema(description = "identify_type 0: 3 passport, 5 Hong Kong/Macau pass, 6 Taiwan pass, 9 Hong Kong/Macau "
                + "residence permit, 10 Taiwan residence permit", enumeration = {"3", "5", "6", "9", "10"})
        Integer verifiedType,
        @NotNull @Size(min = 1, max = 3)
        @Schema(description = "Paths relative to the download/ folder of the partner's OBS bucket, e.g. test/abc023.jpg; "
                + "jpg, jpeg, bmp, png, gif or pdf. identify_type 0: ID portrait side, emblem side, person holding it; "
                + "identify_type 4: one face photo")
        List<String> verifiedFileUrl,
        @NotBlank @Size(max = 128) @Schema(description = "The person's name") String name,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9()-]+$", message = "must be letters, digits, '-', '(' or ')'")
        @Schema(description = "ID document number; kept only as a keyed hash") String verifiedNumber,
        @Schema(description = "-1 (new authentication); absent means -1", enumeration = {"-1"}) Integer changeType,
        @Size(max = 64) @Schema(description = "The partner platform's id (access configuration)") String xaccountType,
        @Valid @Schema(description = "Required for identify_type 4") BankCardInfo bankCardInfo) {

    @Schema(name = "BankCardInfo")
    public record BankCardInfo(
            @NotBlank @Pattern(regexp = "^[0-9]{12,19}$", message = "must be 12 to 19 digits")
            @Schema(description = "Bank card number; kept only masked") String bankAccount,
            @NotBlank @Pattern(regexp = "^0086$", message = "must be 0086: only China mobile numbers are accepted")
            @Schema(examples = "0086") String areacode,
            @NotBlank @Size(max = 32) @Schema(description = "The card holder's China mobile number", examples = "13800000000")
            String mobile,
            @NotBlank @Size(max = 16)
            @Schema(description = "Code sent with POST /v2/bases/verificationcode/send, scene 18, for this customer_id")
            String verificationCode) {
    }

    IndividualApplication toApplication() {
        BankCardInfo card = bankCardInfo;
        return new IndividualApplication(customerId, identifyType, verifiedType, verifiedFileUrl, name, verifiedNumber,
                changeType, emptyToNull(xaccountType), card == null ? null
                : new IndividualApplication.BankCard(card.bankAccount(), card.areacode(), card.mobile(),
                        card.verificationCode()));
    }
}
