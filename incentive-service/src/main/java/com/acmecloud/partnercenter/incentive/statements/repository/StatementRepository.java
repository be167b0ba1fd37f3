package com.acmecloud.partnercenter.incentive.statements.repository;

import com.acmecloud.partnercenter.incentive.core.AdvisoryLocks;
import com.acmecloud.partnercenter.incentive.statements.domain.Statement;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementLine;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("month", Sort.Direction.Descending)
            .and("version", Sort.Direction.Descending);

    /** The partner's latest version of the month, or null. */
    public Uni<Statement> latest(String partnerId, String month) {
        return find("partnerId = ?1 and month = ?2", Sort.by("version", Sort.Direction.Descending), partnerId, month)
                .firstResult();
    }

    /** A page of the partner's statement versions (one month's when {@code month} is given), newest first. */
    public Uni<List<Statement>> page(String partnerId, String month, int offset, int limit) {
        var query = month == null ? find("partnerId", NEWEST_FIRST, partnerId)
                : find("partnerId = ?1 and month = ?2", NEWEST_FIRST, partnerId, month);
        return query.range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countOf(String partnerId, String month) {
        return month == null ? count("partnerId", partnerId)
                : count("partnerId = ?1 and month = ?2", partnerId, month);
    }

    /** The lines of the statements, in line order. */
    public Uni<List<StatementLine>> lines(List<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                        "from StatementLine l where l.statementId in (:ids) order by l.statementId, l.lineNo",
                        StatementLine.class)
                .setParameter("ids", statementIds)
                .getResultList());
    }

    public Uni<Void> persistLines(List<StatementLine> lines) {
        return getSession().chain(session -> session.persistAll(lines.toArray()));
    }

    /** Serialises the versions of one partner's month until the transaction ends. */
    public Uni<Void> lock(String partnerId, String month) {
        String key = "statement:" + partnerId + ":" + month;
        return getSession().chain(session -> AdvisoryLocks.untilCommit(session, key));
    }
}
