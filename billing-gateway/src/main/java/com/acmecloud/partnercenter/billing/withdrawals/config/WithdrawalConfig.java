package com.acmecloud.partnercenter.billing.withdrawals.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rule 41: withdrawals to a bank account. */
@ConfigMapping(prefix = "partnercenter.withdrawals")
public interface WithdrawalConfig {

    /** Rule 41: a bank-card withdrawal arrives this many working days (Monday to Friday) after approval. */
    @WithDefault("7")
    int arrivalWorkingDays();

    /**
     * Key of the HMAC-SHA256 bank account numbers are kept as (besides the last 4 digits); never the number itself.
     * Set it from a secret in production.
     */
    String bankAccountHashKey();
}
