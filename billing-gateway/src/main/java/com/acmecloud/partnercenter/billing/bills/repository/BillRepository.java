package com.acmecloud.partnercenter.billing.bills.repository;

import static com.acmecloud.partnercenter.billing.consumption.repository.SqlValues.instant;
import static com.acmecloud.partnercenter.billing.consumption.repository.SqlValues.money;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of {@code consumption_record} for the partner's bills. Every query is scoped to the records of one partner
 * (the partner the customer was associated with when the record was ingested) and, for a distributor looking at its
 * reseller, to that distributor.
 */
@ApplicationScoped
public class BillRepository {

    /** Whose records: {@code partnerId}'s, and only those created under {@code distributorId} when not null. */
    public record Scope(String partnerId, String distributorId) {
    }

    /** Filters; null means no filter. Dates are GMT+8 instants bounding consume_time [from, to). */
    public record Filter(String customerId, String cloudServiceType, Integer chargeMode, Integer billType,
                         Integer billDetailType, Integer associationType, String resourceId, Instant from,
                         Instant to, String regionCode, String resourceName, String recordId) {

        public Filter(String customerId, String cloudServiceType, Integer chargeMode, Integer billType,
                      Integer billDetailType, Integer associationType, String resourceId, Instant from, Instant to) {
            this(customerId, cloudServiceType, chargeMode, billType, billDetailType, associationType, resourceId, from,
                    to, null, null, null);
        }
    }

    public record Page<T>(long total, List<T> rows) {
    }

    public record SumRow(String customerId, String cloudServiceType, String resourceType, int chargeMode,
                         int billType, BigDecimal amount, BigDecimal debtAmount, BigDecimal discountAmount,
                         BigDecimal cashAmount, BigDecimal couponAmount, BigDecimal storedValueCardAmount) {
    }

    public record FeeRow(String recordId, String customerId, int associationType, String partnerId,
                         String cloudServiceType, String resourceType, String resourceId, String resourceName,
                         String regionCode, int chargeMode, int billType, int billDetailType,
                         BigDecimal officialAmount, BigDecimal discountAmount, BigDecimal amount,
                         BigDecimal cashAmount, BigDecimal couponAmount, BigDecimal storedValueCardAmount,
                         BigDecimal debtAmount, Instant consumeTime, String billCycle) {
    }

    /** Huawei's bill_detail_type of a record: 1 new purchase (yearly-monthly, savings plan), 5 usage (on-demand),
     *  4 unsubscribe refund, 9 adjustment (write-off). */
    static final String BILL_DETAIL_TYPE = "(CASE WHEN bill_type = 1 THEN 4 WHEN bill_type = 2 THEN 9 "
            + "WHEN charge_mode = 3 THEN 5 ELSE 1 END)";

    public Uni<Page<SumRow>> monthlySums(Scope scope, String cycle, Filter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, cycle, filter, params);
        String sql = "SELECT customer_id, cloud_service_type, resource_type, charge_mode, bill_type, SUM(amount), "
                + "SUM(debt_amount), SUM(discount_amount), SUM(cash_amount), SUM(coupon_amount), "
                + "SUM(stored_value_card_amount), COUNT(*) OVER () FROM consumption_record WHERE " + where
                + " GROUP BY customer_id, cloud_service_type, resource_type, charge_mode, bill_type"
                + " ORDER BY customer_id, cloud_service_type, resource_type NULLS FIRST, charge_mode, bill_type"
                + " OFFSET :offset LIMIT :limit";
        params.put("offset", offset);
        params.put("limit", limit);
        return query(sql, params).map(rows -> {
            List<SumRow> sums = new ArrayList<>();
            long total = 0;
            for (Object[] r : rows) {
                sums.add(new SumRow((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(), money(r[5]), money(r[6]), money(r[7]), money(r[8]),
                        money(r[9]), money(r[10])));
                total = ((Number) r[11]).longValue();
            }
            return new Page<>(total, sums);
        }).chain(page -> page.rows().isEmpty() && offset > 0
                ? count("SELECT COUNT(*) FROM (SELECT 1 FROM consumption_record WHERE " + where
                        + " GROUP BY customer_id, cloud_service_type, resource_type, charge_mode, bill_type) g",
                        params).map(total -> new Page<SumRow>(total, List.of()))
                : Uni.createFrom().item(page));
    }

    public Uni<Page<FeeRow>> feeRecords(Scope scope, String cycle, Filter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, cycle, filter, params);
        String sql = "SELECT record_id, customer_id, association_type, partner_id, cloud_service_type, resource_type, "
                + "resource_id, resource_name, region_code, charge_mode, bill_type, " + BILL_DETAIL_TYPE + ", "
                + "official_amount, discount_amount, amount, cash_amount, coupon_amount, stored_value_card_amount, "
                + "debt_amount, consume_time, bill_cycle FROM consumption_record WHERE " + where
                + " ORDER BY consume_time, record_id OFFSET :offset LIMIT :limit";
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("offset", offset);
        paged.put("limit", limit);
        return count("SELECT COUNT(*) FROM consumption_record WHERE " + where, params)
                .chain(total -> query(sql, paged).map(rows -> new Page<>(total, rows.stream().map(r -> new FeeRow(
                        (String) r[0], (String) r[1], ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], ((Number) r[9]).intValue(),
                        ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), money(r[12]), money(r[13]),
                        money(r[14]), money(r[15]), money(r[16]), money(r[17]), money(r[18]), instant(r[19]),
                        r[20].toString().trim())).toList())));
    }

    public Uni<Page<String>> customersWithConsumption(Scope scope, String cycle, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scope, cycle, new Filter(null, null, null, null, null, null, null, null, null), params);
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("offset", offset);
        paged.put("limit", limit);
        return count("SELECT COUNT(DISTINCT customer_id) FROM consumption_record WHERE " + where, params)
                .chain(total -> Panache.getSession().chain(session -> {
                    var query = session.createNativeQuery("SELECT DISTINCT customer_id FROM consumption_record WHERE "
                            + where + " ORDER BY customer_id OFFSET :offset LIMIT :limit", String.class);
                    paged.forEach(query::setParameter);
                    return query.getResultList();
                }).map(ids -> new Page<>(total, ids)));
    }

    private static String where(Scope scope, String cycle, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("partner_id = :partner AND bill_cycle = :cycle");
        params.put("partner", scope.partnerId());
        params.put("cycle", cycle);
        if (scope.distributorId() != null) {
            where.append(" AND distributor_id = :distributor");
            params.put("distributor", scope.distributorId());
        }
        condition(where, params, "customer_id = :customer", "customer", filter.customerId());
        condition(where, params, "cloud_service_type = :service", "service", filter.cloudServiceType());
        condition(where, params, "charge_mode = :chargeMode", "chargeMode", filter.chargeMode());
        condition(where, params, "bill_type = :billType", "billType", filter.billType());
        condition(where, params, BILL_DETAIL_TYPE + " = :detailType", "detailType", filter.billDetailType());
        condition(where, params, "association_type = :association", "association", filter.associationType());
        condition(where, params, "resource_id = :resource", "resource", filter.resourceId());
        condition(where, params, "region_code = :region", "region", filter.regionCode());
        condition(where, params, "resource_name = :resourceName", "resourceName", filter.resourceName());
        condition(where, params, "record_id = :record", "record", filter.recordId());
        condition(where, params, "consume_time >= :from", "from",
                filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        condition(where, params, "consume_time < :to", "to",
                filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name,
                                  Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }

    private static Uni<List<Object[]>> query(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Object[].class);
            params.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    private static Uni<Long> count(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        }).map(value -> ((Number) value).longValue());
    }
}
