package com.acmecloud.partnercenter.incentive.statements.domain;

import com.acmecloud.partnercenter.incentive.policies.domain.Program;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.Condition;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.ModeAggregate;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.PolicyRef;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.RateTableRef;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.TierBasis;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.TierRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The base incentive (seed 10): a month's performance (rule 56) reaches a tier of the partner's program's rate table
 * in force at the month's last second; the tier's rate applies to the whole incentive base, which is the performance
 * without the spending on policy-13 service types (rule 61: performance, no rebate). Late records of a closed month
 * earn, on an adjustment line, the rate of the tier that month's own performance reached. Plain code: every input
 * comes in, a line with its trace goes out. The one rounding of the suite's incentives is here.
 */
public final class IncentiveCalculator {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final String BASE = "BASE";
    public static final String ADJUSTMENT = "ADJUSTMENT";

    /**
     * ASSUMPTION: a partner in several programs earns its base incentive once, under the first of these it joined
     * whose rates are in force (a distributor's or reseller's terms before the solution provider's).
     */
    public static final List<Program> PROGRAM_PRECEDENCE =
            List.of(Program.DISTRIBUTOR, Program.CLOUD_RESELLER, Program.SOLUTION_PROVIDER);

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private IncentiveCalculator() {
    }

    /** A rate table version with its tiers, lowest first. */
    public record Rates(Program program, UUID tableId, int version, Instant effectiveFrom, List<TierRef> tiers) {
    }

    public record Line(String kind, String billCycle, BigDecimal amount, StatementTrace trace) {
    }

    /** The tier above the one reached and how much more performance reaches it. */
    public record NextTier(TierRef tier, BigDecimal performanceNeeded) {
    }

    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /** The program whose rates apply: the first of {@link #PROGRAM_PRECEDENCE} joined with a table in force. */
    public static Rates ratesFor(Set<String> joinedPrograms, Map<Program, Rates> inForce) {
        for (Program program : PROGRAM_PRECEDENCE) {
            if (joinedPrograms.contains(program.name()) && inForce.containsKey(program)) {
                return inForce.get(program);
            }
        }
        return null;
    }

    public static TierRef tierOf(Rates rates, BigDecimal performance) {
        TierRef reached = rates.tiers().get(0);
        for (TierRef tier : rates.tiers()) {
            if (performance.compareTo(tier.minPerformance()) >= 0) {
                reached = tier;
            }
        }
        return reached;
    }

    public static NextTier nextTier(Rates rates, BigDecimal performance) {
        if (rates == null) {
            return null;
        }
        for (TierRef tier : rates.tiers()) {
            if (performance.compareTo(tier.minPerformance()) < 0) {
                return new NextTier(tier, tier.minPerformance().subtract(performance).setScale(SCALE, ROUNDING));
            }
        }
        return null;
    }

    /** The month's base incentive line from its own spending (adjustments are lines of their own). */
    public static Line base(String month, List<ModeAggregate> modes, List<PolicyRef> policies,
                            Set<String> joinedPrograms, Rates rates) {
        BigDecimal performance = sum(modes, true);
        return line(BASE, month, month, modes, new TierBasis(month, performance), policies, joinedPrograms, rates);
    }

    /**
     * An adjustment line: late records of {@code billCycle}, closed before they arrived, at the rate of the tier
     * {@code cyclePerformance} (that month's own performance) reached in the rates in force then.
     */
    public static Line adjustment(String statementMonth, String billCycle, List<ModeAggregate> lateModes,
                                  BigDecimal cyclePerformance, List<PolicyRef> policies, Set<String> joinedPrograms,
                                  Rates rates) {
        return line(ADJUSTMENT, statementMonth, billCycle, lateModes, new TierBasis(billCycle, cyclePerformance),
                policies, joinedPrograms, rates);
    }

    private static Line line(String kind, String statementMonth, String billCycle, List<ModeAggregate> modes,
                             TierBasis basis, List<PolicyRef> policies, Set<String> joinedPrograms, Rates rates) {
        BigDecimal performance = sum(modes, true);
        BigDecimal noRebate = sum(modes, false);
        BigDecimal incentiveBase = performance.subtract(noRebate);
        List<Condition> conditions = new ArrayList<>();
        String joined = joinedPrograms.isEmpty() ? "no program" : String.join(",", joinedPrograms);
        conditions.add(new Condition("PROGRAM_RATES_IN_FORCE", rates != null, rates == null
                ? "joined " + joined + "; none of them has base rates in force at the end of " + basis.month()
                : "joined " + joined + "; base rates of " + rates.program() + " version " + rates.version()));
        if (BASE.equals(kind)) {
            boolean positive = incentiveBase.signum() > 0;
            conditions.add(new Condition("INCENTIVE_BASE_POSITIVE", positive, positive
                    ? "incentive base " + incentiveBase + " > 0"
                    : "incentive base " + incentiveBase + " is not above 0: no base incentive"));
            incentiveBase = incentiveBase.max(ZERO);
        }
        TierRef tier = null;
        BigDecimal exact = ZERO;
        if (rates != null) {
            tier = tierOf(rates, basis.performanceAmount());
            conditions.add(new Condition("TIER_REACHED", true, "performance " + basis.performanceAmount() + " of "
                    + basis.month() + " >= min_performance " + tier.minPerformance() + " of tier " + tier.tier()
                    + " (" + tier.tierName() + ")"));
            exact = incentiveBase.multiply(tier.rate());
        }
        BigDecimal amount = round(exact);
        String formula;
        if (rates != null) {
            formula = incentiveBase + " × " + tier.rate() + " = " + exact.toPlainString() + " → " + amount
                    + " (" + ROUNDING + ", " + SCALE + " decimals)";
        } else {
            formula = "no base rates apply: " + amount;
        }
        StatementTrace trace = new StatementTrace(kind, statementMonth, billCycle, modes, performance, noRebate,
                incentiveBase, basis, policies, rates == null ? null
                : new RateTableRef(rates.program().name(), rates.tableId(), rates.version(), rates.effectiveFrom()),
                tier, conditions, formula, exact, new StatementTrace.Rounding(SCALE, ROUNDING.name()), amount);
        return new Line(kind, billCycle, amount, trace);
    }

    private static BigDecimal sum(List<ModeAggregate> modes, boolean performance) {
        BigDecimal total = ZERO;
        for (ModeAggregate mode : modes) {
            total = total.add(performance ? mode.performanceAmount() : mode.noRebateAmount());
        }
        return total;
    }
}
