package com.acmecloud.partnercenter.partner.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partnercenter.email-binding")
public interface EmailBindingConfig {

    /** How long a binding code stays valid (Huawei's verification codes: 10 minutes). */
    @WithDefault("10M")
    Duration codeTtl();

    /** Failed checks after which the code is locked (Huawei: more than 3 → CBC.99004009). */
    @WithDefault("3")
    int maxFailedAttempts();
}
