package com.acmecloud.partnercenter.billing.bills.service;

import com.acmecloud.partnercenter.billing.bills.repository.BillRepository;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.FeeRow;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Filter;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Page;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.Scope;
import com.acmecloud.partnercenter.billing.bills.repository.BillRepository.SumRow;
import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The partner's bills of its customers, read from the consumption records stored under it: a partner sees only its
 * own customers' records (another partner's customer_id finds nothing); a distributor passing indirect_partner_id
 * sees that reseller's records of customers it created.
 */
@ApplicationScoped
public class BillQueryService {

    /** Query parameters as text, so that a bad value is a CBC 400 naming the field. */
    public record Query(String cycle, String customerId, String cloudServiceType, String chargeMode,
                        String billType, String billDetailType, String associationType, String resourceId,
                        String indirectPartnerId, String dateBegin, String dateEnd, String offset, String limit,
                        String regionCode, String resourceName, String tradeId) {

        public Query(String cycle, String customerId, String cloudServiceType, String chargeMode, String billType,
                     String billDetailType, String associationType, String resourceId, String indirectPartnerId,
                     String dateBegin, String dateEnd, String offset, String limit) {
            this(cycle, customerId, cloudServiceType, chargeMode, billType, billDetailType, associationType,
                    resourceId, indirectPartnerId, dateBegin, dateEnd, offset, limit, null, null, null);
        }
    }

    private final BillRepository bills;

    BillQueryService(BillRepository bills) {
        this.bills = bills;
    }

    public Uni<Page<SumRow>> monthlySums(String partnerId, Query q) {
        Parsed p = parse(partnerId, q);
        return Panache.withSession(() -> bills.monthlySums(p.scope, p.cycle, p.filter, p.page.offset(),
                p.page.limit()));
    }

    public Uni<Page<FeeRow>> feeRecords(String partnerId, Query q) {
        Parsed p = parse(partnerId, q);
        return Panache.withSession(() -> bills.feeRecords(p.scope, p.cycle, p.filter, p.page.offset(),
                p.page.limit()));
    }

    public Uni<Page<String>> customersWithConsumption(String partnerId, Query q) {
        Parsed p = parse(partnerId, q);
        return Panache.withSession(() -> bills.customersWithConsumption(p.scope, p.cycle, p.page.offset(),
                p.page.limit()));
    }

    private record Parsed(Scope scope, String cycle, Filter filter, PageRequest page) {
    }

    private static Parsed parse(String partnerId, Query q) {
        List<ErrorDetail> problems = new ArrayList<>();
        YearMonth cycle = BillCycles.parse(q.cycle()).orElse(null);
        if (cycle == null) {
            problems.add(ErrorDetail.of("bill_cycle", CbcError.PARAMETER_ERROR, "required, YYYY-MM (GMT+8)"));
        }
        Integer chargeMode = code(q.chargeMode(), "charge_mode", Set.of(1, 3, 11), problems);
        Integer billType = code(q.billType(), "bill_type", Set.of(0, 1, 2), problems);
        Integer detailType = code(q.billDetailType(), "bill_detail_type", Set.of(1, 4, 5, 9), problems);
        Integer association = code(q.associationType(), "association_type", Set.of(1, 2), problems);
        Instant from = date(q.dateBegin(), "bill_date_begin", cycle, false, problems);
        Instant to = date(q.dateEnd(), "bill_date_end", cycle, true, problems);
        if (!problems.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), problems);
        }
        PageRequest page = PageRequest.parse(q.offset(), q.limit());
        String indirect = blankToNull(q.indirectPartnerId());
        Scope scope = indirect == null ? new Scope(partnerId, null) : new Scope(indirect, partnerId);
        return new Parsed(scope, BillCycles.format(cycle), new Filter(blankToNull(q.customerId()),
                blankToNull(q.cloudServiceType()), chargeMode, billType, detailType, association,
                blankToNull(q.resourceId()), from, to, blankToNull(q.regionCode()), blankToNull(q.resourceName()),
                blankToNull(q.tradeId())), page);
    }

    private static Integer code(String raw, String field, Set<Integer> allowed, List<ErrorDetail> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (allowed.contains(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, "must be one of " + allowed));
        return null;
    }

    /** A YYYY-MM-DD day (GMT+8) within the cycle: its start, or the start of the next day for an end date. */
    private static Instant date(String raw, String field, YearMonth cycle, boolean end, List<ErrorDetail> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(raw.trim());
            if (cycle != null && YearMonth.from(day).equals(cycle)) {
                return (end ? day.plusDays(1) : day).atStartOfDay(BillCycles.ZONE).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, "must be YYYY-MM-DD within bill_cycle"));
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
