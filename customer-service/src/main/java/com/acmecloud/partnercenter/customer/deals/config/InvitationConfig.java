package com.acmecloud.partnercenter.customer.deals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Invitations (rules 8 and 10), with Huawei's numbers as defaults. */
@ConfigMapping(prefix = "partnercenter.invitations")
public interface InvitationConfig {

    /** Rule 8: an online (e-mail) invitation link is valid this long; offline links and QR codes never expire. */
    @WithDefault("P7D")
    Duration onlineValidity();

    /**
     * Rule 10: an account registered longer ago than this associates only when the partner registered (报备) the
     * account itself.
     */
    @WithDefault("P7D")
    Duration unregisteredAccountMaxAge();

    /** The invitation URL is this prefix followed by the code (the customer's preview endpoint by default). */
    @WithDefault("http://localhost:8082/v2/customers/invitations/")
    String linkPrefix();
}
