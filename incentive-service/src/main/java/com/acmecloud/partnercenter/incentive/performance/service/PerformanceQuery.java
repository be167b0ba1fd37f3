package com.acmecloud.partnercenter.incentive.performance.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceRules;
import com.acmecloud.partnercenter.incentive.performance.repository.ClosedPeriodRepository;
import com.acmecloud.partnercenter.incentive.performance.repository.PerformanceEntryRepository;
import com.acmecloud.partnercenter.incentive.performance.repository.PerformanceEntryRepository.Group;
import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicy;
import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicyVersion;
import com.acmecloud.partnercenter.incentive.policies.repository.PolicyVersionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A partner's performance of one month (rule 56), by association mode: the spending of the month itself, and the
 * adjustment lines of earlier, closed months whose records arrived late. A service type whose policy in force at the
 * end of the spending's month is 2 (no performance, no rebate; rule 61) is left out; a type without any policy counts.
 * Spending on a type whose policy is 13 counts as performance but is also summed apart ({@code noRebateAmount}): it
 * earns no incentive itself. The policy versions that took effect are listed, for statements' traces.
 */
@ApplicationScoped
public class PerformanceQuery {

    /** What was left out of a mode's performance, by reason. */
    public record Excluded(BigDecimal couponAmount, BigDecimal nonCountingCouponAmount,
                           BigDecimal storedValueCardPurchaseAmount, BigDecimal writeOffAmount,
                           BigDecimal noPerformanceServiceAmount) {
    }

    /** {@code noRebateAmount}: the part of {@code performanceAmount} spent on policy-13 service types. */
    public record ModePerformance(int associationType, long records, BigDecimal performanceAmount,
                                  BigDecimal consumedAmount, BigDecimal refundedAmount, Excluded excluded,
                                  BigDecimal noRebateAmount) {
    }

    public record Adjustment(String billCycle, int associationType, long records, BigDecimal performanceAmount,
                             BigDecimal noRebateAmount) {
    }

    /** A service type's policy version (2 or 13, rule 61) that changed how a bill cycle's spending counted. */
    public record AppliedPolicy(String billCycle, String serviceTypeCode, UUID policyVersionId, int version,
                                int incentivePolicy) {
    }

    public record MonthPerformance(String partnerId, String month, boolean closed, BigDecimal performanceAmount,
                                   List<ModePerformance> byAssociationType, BigDecimal adjustmentAmount,
                                   List<Adjustment> adjustments, BigDecimal totalAmount,
                                   List<AppliedPolicy> appliedPolicies) {
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final PerformanceEntryRepository entries;
    private final ClosedPeriodRepository closed;
    private final PolicyVersionRepository policies;

    PerformanceQuery(PerformanceEntryRepository entries, ClosedPeriodRepository closed,
                     PolicyVersionRepository policies) {
        this.entries = entries;
        this.closed = closed;
        this.policies = policies;
    }

    @WithSession
    public Uni<MonthPerformance> month(String partnerId, YearMonth month) {
        String period = Months.format(month);
        return entries.groups(partnerId, period).chain(groups -> specialPolicies(groups)
                .chain(special -> closed.findById(period)
                        .map(close -> fold(partnerId, period, close != null, groups, special))));
    }

    /**
     * Per bill cycle the groups span, the versions of the service types whose policy then was 2 (no performance) or
     * 13 (performance, no rebate), by service type code.
     */
    private Uni<Map<String, Map<String, IncentivePolicyVersion>>> specialPolicies(List<Group> groups) {
        Set<String> cycles = new TreeSet<>();
        groups.forEach(g -> cycles.add(g.billCycle()));
        Map<String, Map<String, IncentivePolicyVersion>> result = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String cycle : cycles) {
            YearMonth month = Months.parse(cycle).orElseThrow();
            chain = chain.chain(() -> policies.inForceAt(Months.lastSecond(month), null).invoke(versions -> {
                Map<String, IncentivePolicyVersion> types = new TreeMap<>();
                for (IncentivePolicyVersion version : versions) {
                    if (!version.policy().earnsRebate()) {
                        types.put(version.serviceTypeCode, version);
                    }
                }
                result.put(cycle, types);
            }).replaceWithVoid());
        }
        return chain.replaceWith(result);
    }

    private static MonthPerformance fold(String partnerId, String period, boolean closed, List<Group> groups,
                                         Map<String, Map<String, IncentivePolicyVersion>> special) {
        Map<Integer, ModeSums> modes = new TreeMap<>();
        Map<String, Adjustment> adjustments = new TreeMap<>();
        Map<String, AppliedPolicy> applied = new TreeMap<>();
        for (Group group : groups) {
            int mode = group.associationType() == null ? 0 : group.associationType();
            IncentivePolicyVersion policy = group.serviceTypeCode() == null ? null
                    : special.getOrDefault(group.billCycle(), Map.of()).get(group.serviceTypeCode());
            if (policy != null) {
                applied.putIfAbsent(group.billCycle() + "|" + policy.serviceTypeCode, new AppliedPolicy(
                        group.billCycle(), policy.serviceTypeCode, policy.id, policy.version, policy.incentivePolicy));
            }
            boolean noPerformanceType = policy != null && !policy.policy().countsAsPerformance();
            BigDecimal counted = noPerformanceType ? ZERO : group.counted();
            BigDecimal noRebate = policy != null && !noPerformanceType ? counted : ZERO;
            if (group.adjustment()) {
                String key = group.billCycle() + "|" + mode;
                Adjustment before = adjustments.get(key);
                adjustments.put(key, new Adjustment(group.billCycle(), mode,
                        (before == null ? 0 : before.records()) + group.records(),
                        (before == null ? ZERO : before.performanceAmount()).add(counted),
                        (before == null ? ZERO : before.noRebateAmount()).add(noRebate)));
                continue;
            }
            ModeSums sums = modes.computeIfAbsent(mode, m -> new ModeSums());
            sums.records += group.records();
            sums.performance = sums.performance.add(counted);
            sums.noRebate = sums.noRebate.add(noRebate);
            if (counted.signum() > 0) {
                sums.consumed = sums.consumed.add(counted);
            } else {
                sums.refunded = sums.refunded.add(counted.negate());
            }
            sums.coupon = sums.coupon.add(group.couponAmount());
            sums.nonCounting = sums.nonCounting.add(group.nonCountingCouponAmount());
            sums.cardPurchase = sums.cardPurchase.add(group.storedValueCardPurchaseAmount());
            if (group.billType() == PerformanceRules.WRITE_OFF) {
                sums.writeOff = sums.writeOff.add(group.amount());
            }
            if (noPerformanceType) {
                sums.noPerformance = sums.noPerformance.add(group.counted());
            }
        }
        List<ModePerformance> byMode = new ArrayList<>();
        BigDecimal performance = ZERO;
        for (Map.Entry<Integer, ModeSums> entry : modes.entrySet()) {
            ModeSums s = entry.getValue();
            byMode.add(new ModePerformance(entry.getKey(), s.records, s.performance, s.consumed, s.refunded,
                    new Excluded(s.coupon, s.nonCounting, s.cardPurchase, s.writeOff, s.noPerformance),
                    s.noRebate));
            performance = performance.add(s.performance);
        }
        BigDecimal adjusted = adjustments.values().stream().map(Adjustment::performanceAmount)
                .reduce(ZERO, BigDecimal::add);
        return new MonthPerformance(partnerId, period, closed, performance, byMode, adjusted,
                new ArrayList<>(adjustments.values()), performance.add(adjusted), new ArrayList<>(applied.values()));
    }

    private static final class ModeSums {
        long records;
        BigDecimal performance = ZERO;
        BigDecimal consumed = ZERO;
        BigDecimal refunded = ZERO;
        BigDecimal coupon = ZERO;
        BigDecimal nonCounting = ZERO;
        BigDecimal cardPurchase = ZERO;
        BigDecimal writeOff = ZERO;
        BigDecimal noPerformance = ZERO;
        BigDecimal noRebate = ZERO;
    }
}
