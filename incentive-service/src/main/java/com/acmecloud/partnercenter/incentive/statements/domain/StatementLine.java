package com.acmecloud.partnercenter.incentive.statements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A line of a {@link Statement} version with its calculation trace ({@link StatementTrace} as JSON). */
@Entity
@Table(name = "incentive_statement_line")
public class StatementLine {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "statement_id", nullable = false)
    public UUID statementId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    /** {@link IncentiveCalculator#BASE} or {@link IncentiveCalculator#ADJUSTMENT}. */
    @Column(name = "kind", nullable = false)
    public String kind;

    @Column(name = "bill_cycle", nullable = false)
    public String billCycle;

    @Column(name = "amount", nullable = false)
    public BigDecimal amount;

    /** The same line's amount in the previous version (same kind and bill cycle), null if it had none. */
    @Column(name = "previous_amount")
    public BigDecimal previousAmount;

    @Column(name = "delta_amount", nullable = false)
    public BigDecimal deltaAmount;

    @Column(name = "trace", nullable = false, columnDefinition = "text")
    public String trace;
}
