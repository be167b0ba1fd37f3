package com.acmecloud.partnercenter.incentive.statements.service;

import com.acmecloud.partnercenter.incentive.statements.domain.Statement;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementLine;
import com.acmecloud.partnercenter.incentive.statements.domain.StatementTrace;
import com.acmecloud.partnercenter.incentive.statements.repository.StatementRepository;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads statement versions with their lines and traces. */
@ApplicationScoped
public class StatementQuery {

    public record TracedLine(StatementLine line, StatementTrace trace) {
    }

    public record Version(Statement statement, List<TracedLine> lines) {
    }

    private final StatementRepository statements;
    private final ObjectMapper json;

    StatementQuery(StatementRepository statements, ObjectMapper json) {
        this.statements = statements;
        this.json = json;
    }

    /** A page of the partner's versions, newest month and version first; one month's when {@code month} is set. */
    @WithSession
    public Uni<Page<Version>> page(String partnerId, String month, PageRequest page) {
        return statements.countOf(partnerId, month).chain(total -> statements
                .page(partnerId, month, page.offset(), page.limit())
                .chain(this::withLines)
                .map(versions -> new Page<>(total, versions)));
    }

    private Uni<List<Version>> withLines(List<Statement> rows) {
        return statements.lines(rows.stream().map(s -> s.id).toList()).map(lines -> {
            Map<UUID, List<TracedLine>> byStatement = new LinkedHashMap<>();
            for (StatementLine line : lines) {
                byStatement.computeIfAbsent(line.statementId, id -> new ArrayList<>())
                        .add(new TracedLine(line, trace(line)));
            }
            return rows.stream().map(s -> new Version(s, byStatement.getOrDefault(s.id, List.of()))).toList();
        });
    }

    private StatementTrace trace(StatementLine line) {
        try {
            return json.readValue(line.trace, StatementTrace.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored trace of line " + line.id + " is not readable", e);
        }
    }
}
