package com.acmecloud.partnercenter.billing.budgets.service;

import com.acmecloud.partnercenter.billing.budgets.config.BudgetConfig;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRules;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetType;
import com.acmecloud.partnercenter.billing.budgets.domain.CustomerBudget;
import com.acmecloud.partnercenter.billing.budgets.repository.CustomerBudgetRepository;
import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.service.ResaleAssociationListener;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Rule 13 as money is spent: records what the consumption feature reports ({@link #spendingChanged}), announces the
 * 75/90/100 % thresholds once per budget period, and asks customer-service (by billing.events) to freeze a customer
 * whose budget is exhausted, or a new resale customer until its partner sets a budget. Billing never changes freeze
 * state itself: customer-service owns it.
 */
@ApplicationScoped
public class BudgetTracker implements ResaleAssociationListener {

    /** The actor billing's own freeze requests name. */
    public static final String ACTOR = "system:billing-gateway";
    public static final String FREEZE_TYPE = "ACCOUNT";
    public static final String BUDGET_EXHAUSTED = "BUDGET_EXHAUSTED";
    public static final String AWAITING_BUDGET = "AWAITING_BUDGET";
    public static final String BUDGET_SET = "BUDGET_SET";

    private final CustomerBudgetRepository budgets;
    private final OutboxWriter outbox;
    private final BudgetConfig config;
    private final Clock clock;

    BudgetTracker(CustomerBudgetRepository budgets, OutboxWriter outbox, BudgetConfig config, Clock clock) {
        this.budgets = budgets;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Called by the consumption feature, inside its transaction (joined) or alone (one is opened), each time a
     * customer's spending of a month changed. A monthly budget counts only the current month; a package budget every
     * month from the one it was set in.
     */
    public Uni<Void> spendingChanged(CustomerSpendingChanged change) {
        Instant now = clock.instant();
        String month = change.period().toString();
        return Panache.withTransaction(() -> budgets.recordSpending(change.customerId(), month,
                        change.periodAmount(), now)
                .chain(() -> budgets.lock(change.customerId()))
                .chain(budget -> {
                    if (budget == null || !budget.isSet()) {
                        return Uni.createFrom().voidItem();
                    }
                    if (budget.budgetType == BudgetType.MONTHLY && !month.equals(BudgetRules.month(now))) {
                        return Uni.createFrom().voidItem(); // a late figure of an earlier month
                    }
                    budget.updatedAt = now;
                    return evaluate(budget, now);
                }));
    }

    /** Rule 13: a new resale customer gets a fresh budget row and, when configured, a freeze until a budget is set. */
    @Override
    public Uni<Void> resaleAssociationStarted(CustomerProjection customer) {
        Instant now = clock.instant();
        String month = BudgetRules.month(now);
        return budgets.forUpdate(customer.customerId, customer.partnerId, month, now).chain(budget -> {
            budget.restart(customer.partnerId, month);
            return config.freezeOnAssociation() ? requestFreeze(budget, AWAITING_BUDGET, now)
                    : Uni.createFrom().voidItem();
        });
    }

    /** The spending that counts against the budget now: this month's, or a package budget's since it was set. */
    public Uni<BigDecimal> used(CustomerBudget budget, Instant now) {
        String month = BudgetRules.month(now);
        String from = budget.budgetType == BudgetType.PACKAGE ? budget.packageStart : month;
        return budgets.spending(budget.customerId, from, month);
    }

    /** With the budget row locked: announces the thresholds reached (once each) and asks for a freeze if exhausted. */
    Uni<Void> evaluate(CustomerBudget budget, Instant now) {
        String period = BudgetRules.budgetPeriod(budget, BudgetRules.month(now));
        return used(budget, now).chain(used -> {
            List<Integer> reached = BudgetRules.reached(budget.budgetAmount, used, config.alertThresholds());
            Uni<Void> alerts = Uni.createFrom().voidItem();
            for (int threshold : reached) {
                alerts = alerts.chain(() -> budgets.claimAlert(budget.customerId, period, threshold, now)
                        .chain(claimed -> claimed
                                ? outbox.append(BillingEvents.BUDGET_THRESHOLD_REACHED, budget.partnerId,
                                        budget.customerId, new BillingEvents.BudgetThresholdReached(budget.partnerId,
                                                budget.customerId, budget.budgetType.name(), period, threshold,
                                                budget.budgetAmount, used, now)).replaceWithVoid()
                                : Uni.createFrom().voidItem()));
            }
            boolean freeze = budget.frozenOperateType == CustomerBudget.AUTO_FREEZE && !budget.autoFrozen
                    && BudgetRules.exhausted(budget.budgetAmount, used);
            return alerts.chain(() -> freeze ? requestFreeze(budget, BUDGET_EXHAUSTED, now)
                    : Uni.createFrom().voidItem());
        });
    }

    Uni<Void> requestFreeze(CustomerBudget budget, String reason, Instant now) {
        budget.autoFrozen = true;
        return outbox.append(BillingEvents.CUSTOMER_FREEZE_REQUESTED, budget.partnerId, budget.customerId,
                new BillingEvents.CustomerFreezeRequest(budget.partnerId, budget.customerId, FREEZE_TYPE, reason,
                        ACTOR, now)).replaceWithVoid();
    }

    /** Rule 13: {@code cancel_partner_frozen=1} lifts billing's own freeze (never one the partner made by hand). */
    Uni<Void> requestUnfreeze(CustomerBudget budget, String actor, Instant now) {
        budget.autoFrozen = false;
        return outbox.append(BillingEvents.CUSTOMER_UNFREEZE_REQUESTED, budget.partnerId, budget.customerId,
                new BillingEvents.CustomerFreezeRequest(budget.partnerId, budget.customerId, FREEZE_TYPE, BUDGET_SET,
                        actor, now)).replaceWithVoid();
    }
}
