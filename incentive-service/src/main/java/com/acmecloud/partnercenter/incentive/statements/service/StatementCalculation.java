package com.acmecloud.partnercenter.incentive.statements.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery.Adjustment;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery.AppliedPolicy;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery.ModePerformance;
import com.acmecloud.partnercenter.incentive.performance.service.PerformanceQuery.MonthPerformance;
import com.acmecloud.partnercenter.incentive.policies.domain.Program;
import com.acmecloud.partnercenter.incentive.policies.service.BaseRateService;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.Line;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.NextTier;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.Rates;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.Excluded;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.ModeAggregate;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.PolicyRef;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace.TierRef;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers what a partner's statement of a month is calculated from — its performance (rule 56) with the policy
 * versions that applied (rule 61), the programs it joined, the base rates in force — and has
 * {@link IncentiveCalculator} make the lines: the base incentive of the month's own spending, then one adjustment
 * line per earlier, closed month whose records arrived late. Stores nothing.
 */
@ApplicationScoped
public class StatementCalculation {

    /** A calculated statement; {@code rates} and {@code tier} are null when no joined program has rates. */
    public record Calculated(String partnerId, String month, BigDecimal performanceAmount, Rates rates, TierRef tier,
                             NextTier nextTier, List<Line> lines, BigDecimal totalAmount) {
    }

    private final PerformanceQuery performance;
    private final BaseRateService rates;
    private final PartnerProjectionRepository partners;

    StatementCalculation(PerformanceQuery performance, BaseRateService rates, PartnerProjectionRepository partners) {
        this.performance = performance;
        this.rates = rates;
        this.partners = partners;
    }

    @WithSession
    public Uni<Calculated> calculate(String partnerId, YearMonth month) {
        return partners.findById(partnerId).chain(partner -> {
            Set<String> joined = partner == null ? Set.of() : partner.programs();
            return performance.month(partnerId, month).chain(own -> ratesOf(month).chain(monthRates -> {
                Rates applied = IncentiveCalculator.ratesFor(joined, monthRates);
                List<Line> lines = new ArrayList<>();
                lines.add(IncentiveCalculator.base(own.month(), ownModes(own), policies(own, own.month()), joined,
                        applied));
                return adjustments(partnerId, own, joined, lines).map(ignored -> {
                    BigDecimal total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(IncentiveCalculator.SCALE);
                    return new Calculated(partnerId, own.month(), own.performanceAmount(), applied,
                            applied == null ? null : IncentiveCalculator.tierOf(applied, own.performanceAmount()),
                            IncentiveCalculator.nextTier(applied, own.performanceAmount()), lines, total);
                });
            }));
        });
    }

    /** One line per bill cycle of the late records booked into this month, oldest cycle first. */
    private Uni<Void> adjustments(String partnerId, MonthPerformance own, Set<String> joined, List<Line> lines) {
        Map<String, List<ModeAggregate>> byCycle = new LinkedHashMap<>();
        for (Adjustment late : own.adjustments()) {
            byCycle.computeIfAbsent(late.billCycle(), c -> new ArrayList<>()).add(new ModeAggregate(
                    late.associationType(), late.records(), late.performanceAmount(), null, null,
                    late.noRebateAmount(), null));
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<ModeAggregate>> cycle : byCycle.entrySet()) {
            YearMonth billCycle = Months.parse(cycle.getKey()).orElseThrow();
            chain = chain.chain(() -> performance.month(partnerId, billCycle).chain(then -> ratesOf(billCycle)
                    .invoke(thenRates -> lines.add(IncentiveCalculator.adjustment(own.month(), cycle.getKey(),
                            cycle.getValue(), then.performanceAmount(), policies(own, cycle.getKey()), joined,
                            IncentiveCalculator.ratesFor(joined, thenRates))))
                    .replaceWithVoid()));
        }
        return chain;
    }

    private Uni<Map<Program, Rates>> ratesOf(YearMonth month) {
        return rates.inForce(month, null).map(tables -> {
            Map<Program, Rates> result = new EnumMap<>(Program.class);
            for (BaseRateService.RateTable table : tables) {
                result.put(table.table().program, new Rates(table.table().program, table.table().id,
                        table.table().version, table.table().effectiveFrom, table.tiers().stream()
                        .map(t -> new TierRef(t.key.tier, t.tierName, t.minPerformance, t.rate)).toList()));
            }
            return result;
        });
    }

    private static List<ModeAggregate> ownModes(MonthPerformance own) {
        List<ModeAggregate> modes = new ArrayList<>();
        for (ModePerformance mode : own.byAssociationType()) {
            var x = mode.excluded();
            modes.add(new ModeAggregate(mode.associationType(), mode.records(), mode.performanceAmount(),
                    mode.consumedAmount(), mode.refundedAmount(), mode.noRebateAmount(),
                    new Excluded(x.couponAmount(), x.nonCountingCouponAmount(), x.storedValueCardPurchaseAmount(),
                            x.writeOffAmount(), x.noPerformanceServiceAmount())));
        }
        return modes;
    }

    private static List<PolicyRef> policies(MonthPerformance own, String billCycle) {
        List<PolicyRef> refs = new ArrayList<>();
        for (AppliedPolicy p : own.appliedPolicies()) {
            if (p.billCycle().equals(billCycle)) {
                refs.add(new PolicyRef(p.billCycle(), p.serviceTypeCode(), p.policyVersionId(), p.version(),
                        p.incentivePolicy()));
            }
        }
        return refs;
    }
}
