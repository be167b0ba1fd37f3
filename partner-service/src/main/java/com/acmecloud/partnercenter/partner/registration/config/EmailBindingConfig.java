package com.acmecloud.partnercenter.partner.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** E-mail binding codes: rule 21's limits of SMS verification codes, with Huawei's numbers as defaults. */
@ConfigMapping(prefix = "partnercenter.email-binding")
public interface EmailBindingConfig {

    /** How long a binding code stays valid (Huawei's verification codes: 10 minutes). */
    @WithDefault("10M")
    Duration codeTtl();

    /**
     * Wrong codes after which checks are blocked (CBC.99004009): counted over all codes sent for the partner or to
     * its address within {@link #failedChecksWindow()}, so a new code does not reset them.
     */
    @WithDefault("3")
    int maxFailedAttempts();

    /** The rolling window in which failed checks add up across codes (and after which a blocked partner may retry). */
    @WithDefault("24H")
    Duration failedChecksWindow();

    /** Codes sent to one address, and codes sent for one partner, in any rolling hour (CBC.99004015 beyond). */
    @WithDefault("15")
    int maxPerHour();

    /** Codes sent to one address, and codes sent for one partner, in any rolling 24 hours (CBC.99004015 beyond). */
    @WithDefault("60")
    int maxPerDay();
}
