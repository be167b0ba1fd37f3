package com.acmecloud.partnercenter.customer.verification.rest;

import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeService;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code SendVerificationCodeV2Req}; only SMS (receiver_type 1), for registration (scene 29) or bank-card real-name (scene 18). */
@Schema(name = "SendVerificationCodeRequest")
public record SendVerificationCodeRequest(
        @NotNull @Min(1) @Max(1) @Schema(description = "1: SMS", examples = "1") Integer receiverType,
        @Min(1) @Schema(description = "Validity in minutes: default 10; values over 60 are forced to 5", examples = "10")
        Integer timeout,
        @NotBlank @Size(max = 32)
        @Schema(description = "China mobile number 0086-1xxxxxxxxxx", examples = "0086-13800000000") String mobilePhone,
        @Pattern(regexp = "^(zh-cn|en-us)$", message = "must be zh-cn or en-us")
        @Schema(enumeration = {"zh-cn", "en-us"}, defaultValue = "zh-cn") String lang,
        @Schema(description = "29: customer registration; 18: bank-card real-name of customer_id", enumeration = {"29", "18"},
                defaultValue = "29")
        Integer scene,
        @Size(max = 64) @Schema(description = "Scene 18 only, and required there: the partner's sub-customer the code "
                + "is for") String customerId) {

    @AssertTrue(message = "must be 29 (customer registration) or 18 (bank-card real-name)")
    @Schema(hidden = true)
    public boolean isScene() {
        return scene == null || scene == VerificationCodeService.SCENE_REGISTER
                || scene == VerificationCodeService.SCENE_BANK_CARD_REAL_NAME;
    }

    short sceneOrDefault() {
        return scene == null ? VerificationCodeService.SCENE_REGISTER : scene.shortValue();
    }
}
