package com.acmecloud.partnercenter.customer.associations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;

/** Domain rules 26–27: association type switches and disassociations, with Huawei's numbers as defaults. */
@ConfigMapping(prefix = "partnercenter.association")
public interface AssociationLifecycleConfig {

    /** The rolling window rule 27 counts changes in (Huawei: 3 months). */
    @WithDefault("P3M")
    Period changeWindow();

    /** Disassociations plus type-switch requests a partner may initiate with one customer in the window. */
    @WithDefault("1")
    int maxPartnerChanges();

    /** Disassociations a customer may initiate from one partner in the window. */
    @WithDefault("1")
    int maxCustomerDisassociations();

    /** How long the customer has to confirm or reject a type-switch request before it expires. */
    @WithDefault("P7D")
    Duration typeChangeValidity();

    /**
     * How often {@code AssociationChangeExpiry} marks undecided requests past their validity as EXPIRED (a scheduler
     * interval such as {@code 1m}, or {@code off}); read by its {@code @Scheduled} expression.
     */
    @WithDefault("1m")
    String expirySweepInterval();
}
