package com.acmecloud.partnercenter.billing.budgets.service;

import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRecord;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetRules;
import com.acmecloud.partnercenter.billing.budgets.domain.BudgetType;
import com.acmecloud.partnercenter.billing.budgets.domain.CustomerBudget;
import com.acmecloud.partnercenter.billing.budgets.repository.BudgetRecordRepository;
import com.acmecloud.partnercenter.billing.budgets.repository.CustomerBudgetRepository;
import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Huawei INTL budgets of resale customers (rule 13): show, set (an absolute target: repeating a call changes nothing),
 * batch query and history. Only the partner's own resale customers (a distributor: its linked reseller's, with
 * {@code indirect_partner_id}); another partner's customer is refused as Huawei does ({@code CBC.99000035}).
 */
@ApplicationScoped
public class BudgetService {

    /** What the partner asks to set. {@code cancelPartnerFrozen}: lift billing's freeze of the customer. */
    public record SetBudget(String customerId, BigDecimal budgetAmount, BudgetType budgetType,
                            boolean cancelPartnerFrozen, Integer frozenOperateType) {
    }

    /** A budget and the spending that counts against it now. */
    public record BudgetView(CustomerBudget budget, BigDecimal usedAmount) {
    }

    private final CustomerBudgetRepository budgets;
    private final BudgetRecordRepository records;
    private final CustomerProjectionRepository customers;
    private final PartnerProjectionRepository partners;
    private final BudgetTracker tracker;
    private final Clock clock;

    BudgetService(CustomerBudgetRepository budgets, BudgetRecordRepository records,
                  CustomerProjectionRepository customers, PartnerProjectionRepository partners, BudgetTracker tracker,
                  Clock clock) {
        this.budgets = budgets;
        this.records = records;
        this.customers = customers;
        this.partners = partners;
        this.tracker = tracker;
        this.clock = clock;
    }

    @WithSession
    public Uni<BudgetView> show(String callerId, String indirectPartnerId, String customerId) {
        Instant now = clock.instant();
        return scope(callerId, indirectPartnerId)
                .chain(scope -> ownedResale(scope, customerId)
                        .chain(customer -> budgets.findById(customerId))
                        .map(budget -> {
                            if (budget == null || !budget.isSet() || !scope.equals(budget.partnerId)) {
                                throw new CbcException(CbcError.BUDGET_NOT_SET);
                            }
                            return budget;
                        }))
                .chain(budget -> tracker.used(budget, now).map(used -> new BudgetView(budget, used)));
    }

    /**
     * Sets the budget to the target given. A change is recorded (SETTING); the same target again records nothing.
     * With {@code cancelPartnerFrozen} billing's freeze is lifted (billing.customer_unfreeze_requested); a budget
     * already exhausted with auto-freeze asks for a freeze again at once.
     */
    @WithTransaction
    public Uni<Void> set(String callerId, String callerName, String indirectPartnerId, SetBudget command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String month = BudgetRules.month(now);
        return scope(callerId, indirectPartnerId)
                .chain(scope -> ownedResale(scope, command.customerId())
                        .chain(customer -> budgets.forUpdate(customer.customerId, scope, month, now))
                        .chain(budget -> {
                            if (!scope.equals(budget.partnerId)) {
                                budget.restart(scope, month); // a row left from the customer's earlier partner
                            }
                            return apply(budget, command, callerName, month, now);
                        }));
    }

    private Uni<Void> apply(CustomerBudget budget, SetBudget command, String callerName, String month, Instant now) {
        BudgetType type = command.budgetType() == null ? budget.budgetType : command.budgetType();
        int frozenOperateType = command.frozenOperateType() == null ? budget.frozenOperateType
                : command.frozenOperateType();
        BigDecimal amount = command.budgetAmount().setScale(2);
        boolean changed = !budget.isSet() || budget.budgetAmount.compareTo(amount) != 0 || budget.budgetType != type
                || budget.frozenOperateType != frozenOperateType;
        Uni<Void> recorded = Uni.createFrom().voidItem();
        if (changed) {
            if (type == BudgetType.PACKAGE && (!budget.isSet() || budget.budgetType != BudgetType.PACKAGE)) {
                budget.packageStart = month; // a package budget counts from the month it was set in
            }
            budget.budgetAmount = amount;
            budget.budgetType = type;
            budget.frozenOperateType = frozenOperateType;
            recorded = records.persist(BudgetRecord.setting(budget, callerName, now)).replaceWithVoid();
        }
        return recorded
                .chain(() -> command.cancelPartnerFrozen() && budget.autoFrozen
                        ? tracker.requestUnfreeze(budget, callerName, now) : Uni.createFrom().voidItem())
                .chain(() -> tracker.evaluate(budget, now));
    }

    /** The budgets of the given customers that are the scope's resale customers and have one; others are left out. */
    @WithSession
    public Uni<List<BudgetView>> query(String callerId, String indirectPartnerId, List<String> customerIds) {
        Instant now = clock.instant();
        Set<String> ids = Set.copyOf(customerIds);
        return scope(callerId, indirectPartnerId).chain(scope -> customers
                .list("customerId in ?1 and partnerId = ?2 and associationType = ?3", ids, scope,
                        CustomerProjection.RESALE)
                .map(owned -> owned.stream().map(c -> c.customerId).collect(Collectors.toSet()))
                .chain(owned -> budgets.setByPartner(scope, owned.isEmpty() ? Set.of("") : owned)))
                .chain(found -> {
                    List<BudgetView> views = new ArrayList<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (CustomerBudget budget : found) {
                        chain = chain.chain(() -> tracker.used(budget, now)
                                .invoke(used -> views.add(new BudgetView(budget, used))).replaceWithVoid());
                    }
                    return chain.replaceWith(views);
                });
    }

    @WithSession
    public Uni<Page<BudgetRecord>> records(String callerId, String indirectPartnerId, String customerId,
                                           String operationType, BudgetType budgetType, PageRequest page) {
        return scope(callerId, indirectPartnerId).chain(scope -> ownedResale(scope, customerId)
                .chain(customer -> records.page(scope, customerId, operationType, budgetType, page)));
    }

    /** The partner whose customers the caller acts on: itself, or its linked reseller (CBC.99000037 otherwise). */
    private Uni<String> scope(String callerId, String indirectPartnerId) {
        if (indirectPartnerId == null) {
            return Uni.createFrom().item(callerId);
        }
        return partners.view(indirectPartnerId).map(reseller -> {
            if (!Objects.equals(callerId, reseller.distributorId)) {
                throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
            }
            return indirectPartnerId;
        });
    }

    /** The customer if it is the scope's resale customer; CBC.99000035 if not its customer, CBC.5024 if referral. */
    private Uni<CustomerProjection> ownedResale(String scope, String customerId) {
        return customers.findById(customerId).map(customer -> {
            if (customer == null || !customer.isAssociatedWith(scope)) {
                throw new CbcException(CbcError.NOT_YOUR_SUB_CUSTOMER);
            }
            if (!customer.isResale()) {
                throw new CbcException(CbcError.WRONG_ASSOCIATION_TYPE,
                        "Wrong association type for this operation: budgets are kept only for resale customers.");
            }
            return customer;
        });
    }
}
