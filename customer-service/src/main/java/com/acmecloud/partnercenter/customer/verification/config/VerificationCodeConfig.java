package com.acmecloud.partnercenter.customer.verification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Domain rule 21: SMS verification codes, with Huawei's numbers as defaults. */
@ConfigMapping(prefix = "partnercenter.verification-codes")
public interface VerificationCodeConfig {

    /** Validity when the request gives no {@code timeout} (minutes). */
    @WithDefault("10")
    int defaultTimeoutMinutes();

    /** A requested {@code timeout} above this many minutes ... */
    @WithDefault("60")
    int maxTimeoutMinutes();

    /** ... is forced to this many minutes. */
    @WithDefault("5")
    int overMaxTimeoutMinutes();

    /** A code is blocked once it has failed more than this many checks. */
    @WithDefault("3")
    int maxFailedChecks();

    /** Codes sent to one mobile phone in any rolling hour. */
    @WithDefault("15")
    int maxPerHour();

    /** Codes sent to one mobile phone in any rolling 24 hours. */
    @WithDefault("60")
    int maxPerDay();
}
