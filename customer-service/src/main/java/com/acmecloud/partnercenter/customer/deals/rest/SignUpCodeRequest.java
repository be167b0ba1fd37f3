package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.blankToNull;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to send the code that proves a sign-up contact: exactly one of a mobile phone and an e-mail address. */
@Schema(name = "SignUpCodeRequest")
public record SignUpCodeRequest(
        @Size(max = 32) @Schema(description = "The registered prospect's China mobile number: an SMS code",
                examples = "0086-13800000000") String mobilePhone,
        @Size(max = 254) @Schema(description = "The registered prospect's e-mail: an e-mail code") String email,
        @Pattern(regexp = "^(zh-cn|en-us)$", message = "must be zh-cn or en-us")
        @Schema(enumeration = {"zh-cn", "en-us"}, defaultValue = "zh-cn") String lang) {

    @AssertTrue(message = "give exactly one of mobile_phone and email")
    @Schema(hidden = true)
    public boolean isOneReceiver() {
        return (blankToNull(mobilePhone) == null) != (blankToNull(email) == null);
    }
}
