package com.acmecloud.partnercenter.incentive.statements.service;

import com.acmecloud.partnercenter.incentive.core.Months;
import com.acmecloud.partnercenter.incentive.performance.repository.ClosedPeriodRepository;
import com.acmecloud.partnercenter.incentive.performance.repository.PerformanceEntryRepository;
import com.acmecloud.partnercenter.incentive.performance.service.PeriodCloseListener;
import com.acmecloud.partnercenter.incentive.statements.domain.IncentiveCalculator.Line;
import com.acmecloud.partnercenter.incentive.statements.domain.Statement;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementLine;
import com.acmecloud.partnercenter.incentive.statements.repository.StatementRepository;
import com.acmecloud.partnercenter.incentive.statements.service.StatementCalculation.Calculated;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.contracts.IncentiveEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues statement versions. On a month's close, version 1 for every partner with performance booked in the month
 * that has none yet (idempotent by partner and month; the consumer makes it once per event id too). On an operator's
 * recomputation of a closed month, the next version, with each line's and the total's delta against the previous
 * one. Each version publishes {@code incentive.statement_issued.v1} through the outbox, in the same transaction.
 */
@ApplicationScoped
public class StatementIssuer implements PeriodCloseListener {

    static final String CURRENCY = "CNY";
    static final String MONTH_CLOSE = "system:month-close";

    private final StatementCalculation calculation;
    private final StatementRepository statements;
    private final PerformanceEntryRepository entries;
    private final ClosedPeriodRepository closed;
    private final OutboxWriter outbox;
    private final ObjectMapper json;
    private final Clock clock;

    StatementIssuer(StatementCalculation calculation, StatementRepository statements,
                    PerformanceEntryRepository entries, ClosedPeriodRepository closed, OutboxWriter outbox,
                    ObjectMapper json, Clock clock) {
        this.calculation = calculation;
        this.statements = statements;
        this.entries = entries;
        this.closed = closed;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction. */
    @Override
    public Uni<Void> periodClosed(UUID eventId, YearMonth month) {
        String period = Months.format(month);
        return entries.partnersBooked(period).chain(partners -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String partnerId : partners) {
                chain = chain.chain(() -> statements.lock(partnerId, period)
                        .chain(() -> statements.latest(partnerId, period))
                        .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                                : calculation.calculate(partnerId, month).chain(calculated -> store(calculated,
                                        null, List.of(), Statement.PERIOD_CLOSED, null, eventId, MONTH_CLOSE))
                                .replaceWithVoid()));
            }
            return chain;
        });
    }

    /** A new version of a closed month's statement from today's data and rates, in the caller's transaction. */
    public Uni<Statement> recompute(String partnerId, YearMonth month, String reason, String operator) {
        String period = Months.format(month);
        return closed.findById(period).chain(close -> {
            if (close == null) {
                return Uni.createFrom().failure(new CbcException(CbcError.STATEMENT_PERIOD_NOT_CLOSED));
            }
            return statements.lock(partnerId, period).chain(() -> statements.latest(partnerId, period));
        }).chain(previous -> {
            if (previous == null) {
                return Uni.createFrom().failure(new CbcException(CbcError.STATEMENT_NOT_FOUND));
            }
            return statements.lines(List.of(previous.id)).chain(previousLines -> calculation
                    .calculate(partnerId, month)
                    .chain(calculated -> store(calculated, previous, previousLines, Statement.RECOMPUTED, reason,
                            null, operator)));
        });
    }

    private Uni<Statement> store(Calculated calculated, Statement previous, List<StatementLine> previousLines,
                                 String cause, String reason, UUID eventId, String issuedBy) {
        Statement row = new Statement();
        row.id = UUID.randomUUID();
        row.partnerId = calculated.partnerId();
        row.month = calculated.month();
        row.version = previous == null ? 1 : previous.version + 1;
        row.cause = cause;
        row.reason = reason;
        row.sourceEventId = eventId;
        row.program = calculated.rates() == null ? null : calculated.rates().program().name();
        row.tier = calculated.tier() == null ? null : calculated.tier().tier();
        row.tierName = calculated.tier() == null ? null : calculated.tier().tierName();
        row.performanceAmount = calculated.performanceAmount();
        row.totalAmount = calculated.totalAmount();
        row.deltaAmount = previous == null ? row.totalAmount : row.totalAmount.subtract(previous.totalAmount);
        row.currency = CURRENCY;
        row.issuedBy = issuedBy;
        row.issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, BigDecimal> before = new HashMap<>();
        previousLines.forEach(l -> before.put(l.kind + "|" + l.billCycle, l.amount));
        List<StatementLine> lines = new ArrayList<>();
        for (Line line : calculated.lines()) {
            StatementLine stored = new StatementLine();
            stored.id = UUID.randomUUID();
            stored.statementId = row.id;
            stored.lineNo = lines.size() + 1;
            stored.kind = line.kind();
            stored.billCycle = line.billCycle();
            stored.amount = line.amount();
            stored.previousAmount = before.get(line.kind() + "|" + line.billCycle());
            stored.deltaAmount = stored.previousAmount == null ? line.amount()
                    : line.amount().subtract(stored.previousAmount);
            stored.trace = traceJson(line);
            lines.add(stored);
        }
        IncentiveEvents.StatementIssued event = new IncentiveEvents.StatementIssued(row.id.toString(), row.partnerId,
                row.month, row.version, previous == null ? null : previous.version, cause, row.totalAmount,
                row.deltaAmount, row.currency, lines.size(), row.issuedAt);
        return statements.persist(row)
                .chain(() -> statements.persistLines(lines))
                .chain(() -> outbox.append(IncentiveEvents.STATEMENT_ISSUED, row.partnerId, row.id.toString(), event))
                .replaceWith(row);
    }

    private String traceJson(Line line) {
        try {
            return json.writeValueAsString(line.trace());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a statement trace could not be written as JSON", e);
        }
    }
}
