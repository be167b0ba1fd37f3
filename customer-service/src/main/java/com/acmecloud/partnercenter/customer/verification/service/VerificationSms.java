package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.platform.api.devoutbox.Masking;

/**
 * A verification-code text to send: the code, how long it is valid and the language ({@code zh-cn} or
 * {@code en-us}). {@link #toString()} never shows the code.
 */
public record VerificationSms(String mobilePhone, String code, int validMinutes, String lang) {

    public boolean english() {
        return "en-us".equals(lang);
    }

    /** The text as the recipient reads it (what the provider's template renders). */
    public String text() {
        return english()
                ? "Your verification code is " + code + ". It is valid for " + validMinutes + " minutes."
                : "您的验证码为" + code + "，" + validMinutes + "分钟内有效。";
    }

    @Override
    public String toString() {
        return "VerificationSms[to " + Masking.recipient(mobilePhone) + ", " + lang + "]";
    }
}
