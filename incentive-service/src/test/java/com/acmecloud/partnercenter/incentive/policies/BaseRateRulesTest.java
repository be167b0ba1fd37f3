package com.acmecloud.partnercenter.incentive.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateRules;
import com.acmecloud.partnercenter.incentive.policies.domain.BaseRateRules.Tier;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaseRateRulesTest {

    private static final List<Tier> TIERS = List.of(
            new Tier("BASE", new BigDecimal("0"), new BigDecimal("0.0100")),
            new Tier("SILVER", new BigDecimal("50000.00"), new BigDecimal("0.0200")),
            new Tier("GOLD", new BigDecimal("200000.00"), new BigDecimal("0.0350")));

    @Test
    void aPerformanceReachesTheHighestTierWhoseThresholdItMeets() {
        BaseRateRules.check(TIERS);
        assertThat(BaseRateRules.tierOf(TIERS, new BigDecimal("0.00"))).isEqualTo(1);
        assertThat(BaseRateRules.tierOf(TIERS, new BigDecimal("49999.99"))).isEqualTo(1);
        assertThat(BaseRateRules.tierOf(TIERS, new BigDecimal("50000.00"))).isEqualTo(2);
        assertThat(BaseRateRules.tierOf(TIERS, new BigDecimal("900000.00"))).isEqualTo(3);
        assertThat(BaseRateRules.tierOf(TIERS, new BigDecimal("-10.00"))).isEqualTo(1);
    }

    @Test
    void unusableTablesAreRefused() {
        assertThatThrownBy(() -> BaseRateRules.check(List.of())).isInstanceOf(CbcException.class);
        assertThatThrownBy(() -> BaseRateRules.check(List.of(TIERS.get(1)))).isInstanceOf(CbcException.class);
        assertThatThrownBy(() -> BaseRateRules.check(List.of(TIERS.get(0), TIERS.get(2), TIERS.get(1))))
                .isInstanceOf(CbcException.class);
    }
}
