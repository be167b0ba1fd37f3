package com.acmecloud.partnercenter.incentive.performance.repository;

import com.acmecloud.partnercenter.incentive.performance.domain.PerformanceEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class PerformanceEntryRepository implements PanacheRepositoryBase<PerformanceEntry, String> {

    /** One group of a partner's month: mode, service type, bill cycle, lateness, bill type and exclusion. */
    public record Group(Integer associationType, String serviceTypeCode, String billCycle, boolean adjustment,
                        int billType, String exclusion, long records, BigDecimal counted, BigDecimal amount,
                        BigDecimal couponAmount, BigDecimal nonCountingCouponAmount,
                        BigDecimal storedValueCardPurchaseAmount) {
    }

    /** Stores the entries whose record ids are new; returns how many were. */
    public Uni<Integer> insertNew(List<PerformanceEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> ids = entries.stream().map(e -> e.recordId).toList();
        return getSession().chain(session -> session.createSelectionQuery(
                        "select e.recordId from PerformanceEntry e where e.recordId in (:ids)", String.class)
                .setParameter("ids", ids).getResultList())
                .chain(existing -> {
                    Set<String> known = new HashSet<>(existing);
                    List<PerformanceEntry> fresh = entries.stream().filter(e -> known.add(e.recordId)).toList();
                    return fresh.isEmpty() ? Uni.createFrom().item(0)
                            : persist(fresh.stream()).replaceWith(fresh.size());
                });
    }

    /** The partners with entries booked in the month (its own spending or adjustments), in id order. */
    public Uni<List<String>> partnersBooked(String bookedPeriod) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select distinct e.partnerId from PerformanceEntry e
                        where e.bookedPeriod = :period and e.partnerId is not null
                        order by e.partnerId""", String.class)
                .setParameter("period", bookedPeriod)
                .getResultList());
    }

    /** The partner's entries booked in the month, summed per group. */
    public Uni<List<Group>> groups(String partnerId, String bookedPeriod) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select e.associationType, e.serviceTypeCode, e.billCycle, e.adjustment, e.billType, e.exclusion,
                               count(e), sum(e.countedAmount), sum(e.amount), sum(e.couponAmount),
                               sum(e.nonCountingCouponAmount), sum(e.storedValueCardPurchaseAmount)
                        from PerformanceEntry e
                        where e.partnerId = :partner and e.bookedPeriod = :period
                        group by e.associationType, e.serviceTypeCode, e.billCycle, e.adjustment, e.billType,
                                 e.exclusion""", Object[].class)
                .setParameter("partner", partnerId)
                .setParameter("period", bookedPeriod)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Group((Integer) r[0], (String) r[1], (String) r[2],
                        (Boolean) r[3], (Integer) r[4], (String) r[5], (Long) r[6], (BigDecimal) r[7],
                        (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10], (BigDecimal) r[11])).toList());
    }
}
