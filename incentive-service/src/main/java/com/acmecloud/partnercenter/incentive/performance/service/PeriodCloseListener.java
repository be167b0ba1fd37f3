package com.acmecloud.partnercenter.incentive.performance.service;

import io.smallrye.mutiny.Uni;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Told of every {@code billing.period_closed} inside the transaction that records it, after the month is marked
 * closed (a repeated close of the same month too: a listener must be idempotent). Statements implement it; the
 * interface keeps performance from depending on them.
 */
public interface PeriodCloseListener {

    Uni<Void> periodClosed(UUID eventId, YearMonth month);
}
