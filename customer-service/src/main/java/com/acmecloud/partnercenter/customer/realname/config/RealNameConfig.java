package com.acmecloud.partnercenter.customer.realname.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Rules 50 and 53: customer real-name authentication limits. */
@ConfigMapping(prefix = "partnercenter.realname")
public interface RealNameConfig {

    /** Rule 53: real-name submissions one customer may make (CBC.99007191 beyond). */
    @WithDefault("5")
    int maxAttemptsPerCustomer();

    /** Rule 53: customers that may be verified or under review with one ID number (CBC.99007189 beyond). */
    @WithDefault("5")
    int maxCustomersPerIdNumber();

    /** Rule 50: attachment formats (file extensions, compared case-insensitively). */
    @WithDefault("jpg,jpeg,bmp,png,gif,pdf")
    List<String> fileFormats();

    /**
     * Key of the HMAC-SHA256 that ID numbers are kept as (never in clear). Set it from a secret in production:
     * hashes made with another key no longer match, so the ID-number limit would restart from zero.
     */
    String idNumberHashKey();
}
