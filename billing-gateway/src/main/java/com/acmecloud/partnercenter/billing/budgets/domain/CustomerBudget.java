package com.acmecloud.partnercenter.billing.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A resale customer's budget with its partner (rule 13) and whether billing asked for it to be frozen. */
@Entity
@Table(name = "customer_budget")
public class CustomerBudget {

    /** {@code frozen_operate_type}: 0 the partner freezes by hand, 1 billing asks for a freeze when exhausted. */
    public static final int MANUAL_FREEZE = 0;
    public static final int AUTO_FREEZE = 1;

    @Id
    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** The absolute target; null while the partner has set none. */
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_type", nullable = false)
    public BudgetType budgetType = BudgetType.MONTHLY;

    @Column(name = "frozen_operate_type", nullable = false)
    public int frozenOperateType = AUTO_FREEZE;

    /** The month (YYYY-MM, GMT+8) a package budget counts spending from. */
    @Column(name = "package_start", nullable = false)
    public String packageStart;

    /** Billing asked customer-service to freeze the customer and has not asked to unfreeze it since. */
    @Column(name = "auto_frozen", nullable = false)
    public boolean autoFrozen;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isSet() {
        return budgetAmount != null;
    }

    /** Restarts the row for a (new) resale association with {@code partnerId}: no budget, not frozen by billing. */
    public void restart(String newPartnerId, String month) {
        partnerId = newPartnerId;
        budgetAmount = null;
        budgetType = BudgetType.MONTHLY;
        frozenOperateType = AUTO_FREEZE;
        packageStart = month;
        autoFrozen = false;
    }
}
