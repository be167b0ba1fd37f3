package com.acmecloud.partnercenter.billing.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One change of a customer's budget (Huawei's budget records, {@code operation_type} SETTING). */
@Entity
@Table(name = "customer_budget_record")
public class BudgetRecord {

    public static final String SETTING = "SETTING";

    @Id
    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "budget_amount", nullable = false)
    public BigDecimal budgetAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_type", nullable = false)
    public BudgetType budgetType;

    @Column(name = "operation_type", nullable = false)
    public String operationType;

    @Column(name = "operator", nullable = false)
    public String operator;

    @Column(name = "operation_time", nullable = false)
    public Instant operationTime;

    public static BudgetRecord setting(CustomerBudget budget, String operator, Instant at) {
        BudgetRecord record = new BudgetRecord();
        record.recordId = UUID.randomUUID();
        record.customerId = budget.customerId;
        record.partnerId = budget.partnerId;
        record.budgetAmount = budget.budgetAmount;
        record.budgetType = budget.budgetType;
        record.operationType = SETTING;
        record.operator = operator;
        record.operationTime = at;
        return record;
    }
}
