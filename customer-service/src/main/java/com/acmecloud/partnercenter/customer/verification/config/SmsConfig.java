package com.acmecloud.partnercenter.customer.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Where SMS verification codes are delivered. */
@ConfigMapping(prefix = "partnercenter.sms")
public interface SmsConfig {

    enum Provider {
        /** Huawei Cloud Message &amp; SMS (MSGSMS): real delivery, the production default. */
        HUAWEI,
        /** Dev only: the text goes to the dev outbox ({@code GET /dev/outbox}); nothing is sent. */
        DEV_OUTBOX
    }

    /** {@code huawei} (default) or {@code dev-outbox}. */
    @WithDefault("huawei")
    Provider provider();

    /** Huawei MSGSMS ({@code POST {endpoint}/sms/batchSendSms/v1}); used when {@link #provider()} is HUAWEI. */
    Huawei huawei();

    interface Huawei {

        /** The application's access address (console: 应用管理), without the path. */
        @WithDefault("https://smsapi.cn-north-4.myhuaweicloud.com:443")
        String endpoint();

        /** Application key (X-WSSE Username); from the environment, never logged. */
        Optional<String> appKey();

        /** Application secret (signs X-WSSE); from the environment, never logged. */
        Optional<String> appSecret();

        /** The signature's channel number ({@code from}). */
        Optional<String> sender();

        /** The signature name ({@code signature}); needed only for general-purpose templates. */
        Optional<String> signature();

        /** Where Huawei posts delivery reports ({@code statusCallback}); none by default. */
        Optional<String> statusCallback();

        /** Verification-code template for zh-cn, two variables: the code and the validity in minutes. */
        Optional<String> templateIdZh();

        /** Verification-code template for en-us, same variables; the zh-cn template when absent. */
        Optional<String> templateIdEn();

        /** A send that takes longer fails (retryable). */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
