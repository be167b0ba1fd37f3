package com.acmecloud.partnercenter.incentive.policies.domain;

import java.util.Arrays;
import java.util.Optional;

/** The partner programs whose base incentive rates are kept as data (partner-service's program names). */
public enum Program {
    SOLUTION_PROVIDER, CLOUD_RESELLER, DISTRIBUTOR;

    public static Optional<Program> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
