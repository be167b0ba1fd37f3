package com.acmecloud.partnercenter.partner.programs.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;

@ConfigMapping(prefix = "partnercenter.certificates")
public interface CertificateConfig {

    /** How long a program certificate is valid from the day the partner joins (ISO-8601 period). */
    @WithDefault("P1Y")
    Period validity();

    /** A certificate whose end is this close reads EXPIRING (still valid) instead of VALID. */
    @WithDefault("30D")
    Duration expiringWithin();

    /** First part of every certificate number: {@code <prefix>-<program>-<year>-<serial>}. */
    @WithDefault("HCPN")
    String numberPrefix();
}
