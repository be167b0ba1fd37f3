package com.acmecloud.partnercenter.billing.periods.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** Month close: when the previous month's bills are final (Huawei: by 12:00 GMT+8 on the 5th, domain.md §5). */
@ConfigMapping(prefix = "partnercenter.billing-periods")
public interface PeriodConfig {

    /** Day of the month (GMT+8) on which the previous month closes. */
    @WithDefault("5")
    int closeDay();

    /** Time of day (GMT+8) of the close. */
    @WithDefault("12:00")
    LocalTime closeTime();

    /**
     * How often the job checks whether the previous month is due (a Quarkus scheduler period such as 10m;
     * {@code off} disables it; operators can always close a month with the API).
     */
    @WithDefault("10m")
    String checkEvery();
}
