package com.acmecloud.partnercenter.incentive.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.incentive.policies.domain.Program;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.Line;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.Rates;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.ModeAggregate;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.TierRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The base incentive (seed 10) as plain arithmetic: tier, rate, spending on policy-13 types that earns no rebate
 * (rule 61), rounding, program choice.
 */
class IncentiveCalculatorTest {

    private static Rates rates(Program program) {
        return new Rates(program, UUID.randomUUID(), 1, Instant.parse("2024-01-01T00:00:00Z"), List.of(
                new TierRef(1, "BASE", new BigDecimal("0.00"), new BigDecimal("0.0200")),
                new TierRef(2, "SILVER", new BigDecimal("1000.00"), new BigDecimal("0.0350")),
                new TierRef(3, "GOLD", new BigDecimal("5000.00"), new BigDecimal("0.0500"))));
    }

    private static ModeAggregate mode(int type, String performance, String noRebate) {
        return new ModeAggregate(type, 1, new BigDecimal(performance), new BigDecimal(performance),
                new BigDecimal("0.00"), new BigDecimal(noRebate), null);
    }

    @Test
    void theTierOfTheWholePerformanceAppliesToTheSpendingThatEarnsRebatesRoundedHalfUp() {
        Line line = IncentiveCalculator.base("2024-01",
                List.of(mode(1, "300.00", "0.00"), mode(2, "1024.55", "100.00")), List.of(),
                Set.of("SOLUTION_PROVIDER"), rates(Program.SOLUTION_PROVIDER));
        // 1324.55 reaches SILVER; 1324.55 - 100.00 = 1224.55 × 0.0350 = 42.859250 → 42.86
        assertThat(line.trace().tier().tierName()).isEqualTo("SILVER");
        assertThat(line.trace().incentiveBaseAmount()).isEqualByComparingTo("1224.55");
        assertThat(line.trace().exactAmount()).isEqualByComparingTo("42.859250");
        assertThat(line.amount()).isEqualTo(new BigDecimal("42.86"));
        assertThat(line.trace().conditions()).extracting(c -> c.name() + "=" + c.met())
                .containsExactly("PROGRAM_RATES_IN_FORCE=true", "INCENTIVE_BASE_POSITIVE=true", "TIER_REACHED=true");
    }

    @Test
    void halfACentRoundsUpAndATierStartsAtItsThreshold() {
        // 1000.10 × 0.0350 = 35.003500 → 35.00; 999.99 stays in BASE: × 0.0200 = 19.9998 → 20.00
        assertThat(IncentiveCalculator.base("2024-01", List.of(mode(1, "1000.10", "0.00")), List.of(),
                Set.of("SOLUTION_PROVIDER"), rates(Program.SOLUTION_PROVIDER)).amount())
                .isEqualTo(new BigDecimal("35.00"));
        assertThat(IncentiveCalculator.base("2024-01", List.of(mode(1, "999.99", "0.00")), List.of(),
                Set.of("SOLUTION_PROVIDER"), rates(Program.SOLUTION_PROVIDER)).amount())
                .isEqualTo(new BigDecimal("20.00"));
        assertThat(IncentiveCalculator.round(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(IncentiveCalculator.round(new BigDecimal("-0.005"))).isEqualTo(new BigDecimal("-0.01"));
    }

    @Test
    void aBaseLineIsNeverNegativeButAnAdjustmentTakesBack() {
        Line base = IncentiveCalculator.base("2024-01", List.of(mode(2, "-50.00", "0.00")), List.of(),
                Set.of("SOLUTION_PROVIDER"), rates(Program.SOLUTION_PROVIDER));
        assertThat(base.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(base.trace().conditions()).anyMatch(c -> c.name().equals("INCENTIVE_BASE_POSITIVE") && !c.met());
        Line adjustment = IncentiveCalculator.adjustment("2024-02", "2024-01", List.of(mode(2, "-50.00", "0.00")),
                new BigDecimal("6000.00"), List.of(), Set.of("SOLUTION_PROVIDER"), rates(Program.SOLUTION_PROVIDER));
        assertThat(adjustment.trace().tier().tierName()).isEqualTo("GOLD");
        assertThat(adjustment.amount()).isEqualTo(new BigDecimal("-2.50"));
    }

    @Test
    void withoutRatesOfAJoinedProgramTheLineIsZeroAndSaysWhy() {
        Line line = IncentiveCalculator.base("2024-01", List.of(mode(1, "500.00", "0.00")), List.of(), Set.of(),
                null);
        assertThat(line.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(line.trace().rateTable()).isNull();
        assertThat(line.trace().conditions().get(0).met()).isFalse();
    }

    @Test
    void aPartnerInSeveralProgramsEarnsUnderTheFirstOfThePrecedenceWithRates() {
        Map<Program, Rates> inForce = new EnumMap<>(Program.class);
        inForce.put(Program.SOLUTION_PROVIDER, rates(Program.SOLUTION_PROVIDER));
        inForce.put(Program.CLOUD_RESELLER, rates(Program.CLOUD_RESELLER));
        assertThat(IncentiveCalculator.ratesFor(Set.of("SOLUTION_PROVIDER", "CLOUD_RESELLER", "DISTRIBUTOR"),
                inForce).program()).isEqualTo(Program.CLOUD_RESELLER);
        assertThat(IncentiveCalculator.ratesFor(Set.of("DISTRIBUTOR"), inForce)).isNull();
    }

    @Test
    void theNextTierSaysHowMuchPerformanceIsMissing() {
        var next = IncentiveCalculator.nextTier(rates(Program.SOLUTION_PROVIDER), new BigDecimal("400.00"));
        assertThat(next.tier().tierName()).isEqualTo("SILVER");
        assertThat(next.performanceNeeded()).isEqualTo(new BigDecimal("600.00"));
        assertThat(IncentiveCalculator.nextTier(rates(Program.SOLUTION_PROVIDER), new BigDecimal("5000.00")))
                .isNull();
    }
}
