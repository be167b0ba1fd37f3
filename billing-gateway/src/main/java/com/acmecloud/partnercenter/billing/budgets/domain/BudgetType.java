package com.acmecloud.partnercenter.billing.budgets.domain;

/** Huawei's {@code budget_type}: a monthly budget restarts each month (GMT+8); a package budget counts from when set. */
public enum BudgetType {
    MONTHLY,
    PACKAGE
}
