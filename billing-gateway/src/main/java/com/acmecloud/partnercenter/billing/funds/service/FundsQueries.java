package com.acmecloud.partnercenter.billing.funds.service;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.billing.funds.repository.PartnerCreditLimitRepository;
import com.acmecloud.partnercenter.billing.funds.rest.FundsWire;
import com.acmecloud.partnercenter.billing.funds.rest.FundsWire.AccountBalance;
import com.acmecloud.partnercenter.billing.funds.rest.FundsWire.AccountChangeRecord;
import com.acmecloud.partnercenter.billing.funds.rest.FundsWire.AdjustRecord;
import com.acmecloud.partnercenter.billing.funds.rest.FundsWire.CustomerBalance;
import com.acmecloud.partnercenter.billing.ledger.domain.Account;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.LedgerEntry;
import com.acmecloud.partnercenter.billing.ledger.domain.LedgerTransaction;
import com.acmecloud.partnercenter.billing.ledger.domain.OwnerType;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.billing.ledger.repository.LedgerRepository;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.json.WireFormatCustomizer;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.api.paging.UtcRange;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The read side of the funds API: balances, adjust records, account-change records, all scoped to one partner. */
@ApplicationScoped
public class FundsQueries {

    /** Adjust records are allocations, reclaims and unbind reclaims (rule 38). */
    public static final Set<TradeType> ADJUST_TYPES = EnumSet.of(TradeType.BEADJUST, TradeType.BERETRIEVE,
            TradeType.BEUNBIND);
    public static final String OPERATION_PREFIX = "SOURCE_OPERATION_";

    /** {@code balance_type} of account-change records: the debit (cash and allocatable) or the credit account. */
    public enum BalanceType {
        BALANCE_TYPE_DEBIT(EnumSet.of(AccountKind.CASH, AccountKind.ALLOCATED, AccountKind.DESIGNATED)),
        BALANCE_TYPE_CREDIT(EnumSet.of(AccountKind.CREDIT));

        final Set<AccountKind> kinds;

        BalanceType(Set<AccountKind> kinds) {
            this.kinds = kinds;
        }
    }

    public record AdjustRecordFilter(String customerId, TradeType tradeType, UtcRange range, String transId) {
    }

    private final AccountRepository accounts;
    private final LedgerRepository transactions;
    private final CustomerProjectionRepository customers;
    private final PartnerCreditLimitRepository limits;
    private final Ledger ledger;

    FundsQueries(AccountRepository accounts, LedgerRepository transactions, CustomerProjectionRepository customers,
                 PartnerCreditLimitRepository limits, Ledger ledger) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.customers = customers;
        this.limits = limits;
        this.ledger = ledger;
    }

    /** Account types 1, 2, 5, 7 and 8 of the partner (rule 34: 8 = balance + credit − allocated − designated). */
    @WithSession
    public Uni<List<AccountBalance>> partnerBalances(String partnerId) {
        Set<AccountRef> refs = new java.util.LinkedHashSet<>();
        for (AccountKind kind : List.of(AccountKind.CASH, AccountKind.CREDIT, AccountKind.BONUS, AccountKind.DEPOSIT,
                AccountKind.ALLOCATED, AccountKind.DESIGNATED)) {
            refs.add(AccountRef.partner(partnerId, kind));
        }
        return ledger.balances(refs).chain(balances -> limits.limitOf(partnerId).map(limit -> {
            BigDecimal designated = balances.get(AccountRef.partner(partnerId, AccountKind.DESIGNATED)).negate();
            BigDecimal allocatable = BigDecimal.ZERO.setScale(2);
            for (AccountKind kind : AccountKind.ALLOCATABLE_PARTS) {
                allocatable = allocatable.add(balances.get(AccountRef.partner(partnerId, kind)));
            }
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return List.of(
                    balance(partnerId, 1, balances.get(AccountRef.partner(partnerId, AccountKind.CASH)), zero, null),
                    balance(partnerId, 2, balances.get(AccountRef.partner(partnerId, AccountKind.CREDIT)), null,
                            limit.setScale(2)),
                    balance(partnerId, 5, balances.get(AccountRef.partner(partnerId, AccountKind.BONUS)), null, null),
                    balance(partnerId, 7, balances.get(AccountRef.partner(partnerId, AccountKind.DEPOSIT)), null, null),
                    balance(partnerId, 8, allocatable, designated.setScale(2), null));
        }));
    }

    private static AccountBalance balance(String partnerId, int type, BigDecimal amount, BigDecimal designated,
                                          BigDecimal credit) {
        return new AccountBalance(partnerId + "-" + type, type, amount, FundsWire.CNY, designated, credit,
                FundsWire.YUAN, null);
    }

    /** Rule 39: only the partner's resale customers; referral, foreign and unknown ids are left out. */
    @WithSession
    public Uni<List<CustomerBalance>> customerBalances(String partnerId, Collection<String> customerIds) {
        List<String> ids = customerIds.stream().filter(id -> id.length() <= 64).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return customers.list("customerId in ?1 and partnerId = ?2 and associationType = ?3", ids, partnerId,
                        CustomerProjection.RESALE)
                .chain(resale -> {
                    List<String> resaleIds = resale.stream().map(c -> c.customerId).toList();
                    if (resaleIds.isEmpty()) {
                        return Uni.createFrom().item(List.<CustomerBalance>of());
                    }
                    return accounts.list("ownerType = ?1 and partnerId = ?2 and ownerId in ?3", OwnerType.CUSTOMER,
                            partnerId, resaleIds).map(rows -> {
                                Map<String, BigDecimal[]> byCustomer = new LinkedHashMap<>();
                                resaleIds.forEach(id -> byCustomer.put(id,
                                        new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)}));
                                for (Account row : rows) {
                                    byCustomer.get(row.ownerId)[row.kind == AccountKind.DEBT ? 1 : 0] = row.balance;
                                }
                                return ids.stream().filter(byCustomer::containsKey)
                                        .map(id -> new CustomerBalance(id, byCustomer.get(id)[0], byCustomer.get(id)[1],
                                                FundsWire.CNY, FundsWire.YUAN))
                                        .toList();
                            });
                });
    }

    /** A customer's own balance: its allocation from its current partner if resale, else zero. */
    @WithSession
    public Uni<FundsWire.CustomerOwnBalances> customerOwnBalances(String customerId) {
        return customers.findById(customerId).chain(customer -> {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            if (customer == null || !customer.isResale()) {
                return Uni.createFrom().item(own(customerId, zero, zero));
            }
            AccountRef funds = AccountRef.customer(customerId, customer.partnerId, AccountKind.ALLOCATED_BALANCE);
            AccountRef debt = AccountRef.customer(customerId, customer.partnerId, AccountKind.DEBT);
            return ledger.balances(Set.of(funds, debt)).map(b -> own(customerId, b.get(funds), b.get(debt)));
        });
    }

    private static FundsWire.CustomerOwnBalances own(String customerId, BigDecimal amount, BigDecimal debt) {
        return new FundsWire.CustomerOwnBalances(List.of(new AccountBalance(customerId + "-1", 1, amount,
                FundsWire.CNY, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), FundsWire.YUAN, null)),
                debt, FundsWire.YUAN, FundsWire.CNY);
    }

    /** Rule 40: whether the customer is a resale customer (then its income and expense details are refused). */
    @WithSession
    public Uni<Void> requireNotResale(String customerId) {
        return customers.findById(customerId).invoke(customer -> {
            if (customer != null && customer.isResale()) {
                throw new CbcException(CbcError.RESALE_CUSTOMER_CANNOT_QUERY_CHANGE_RECORDS);
            }
        }).replaceWithVoid();
    }

    /** Allocations, reclaims and unbind reclaims on the partner's book, newest first. */
    @WithSession
    public Uni<FundsWire.AdjustRecords> adjustRecords(String partnerId, AdjustRecordFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("partnerId = :partner and tradeType in :types");
        Parameters parameters = Parameters.with("partner", partnerId)
                .and("types", filter.tradeType() == null ? ADJUST_TYPES : Set.of(filter.tradeType()));
        if (filter.customerId() != null) {
            query.append(" and customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.transId() != null) {
            query.append(" and transId = :trans");
            parameters.and("trans", filter.transId());
        }
        if (filter.range().begin() != null) {
            query.append(" and createdAt >= :begin");
            parameters.and("begin", filter.range().begin());
        }
        if (filter.range().end() != null) {
            query.append(" and createdAt <= :end");
            parameters.and("end", filter.range().end());
        }
        var found = transactions.find(query.toString(),
                Sort.descending("createdAt").and("transId", Sort.Direction.Descending), parameters);
        return found.count().chain(total -> found.range(page.offset(), page.offset() + page.limit() - 1).list()
                .chain(rows -> customerNames(rows).map(names -> new FundsWire.AdjustRecords(rows.stream()
                        .map(row -> new AdjustRecord(row.customerId, names.get(row.customerId),
                                OPERATION_PREFIX + row.tradeType.name(), row.amount.toPlainString(), FundsWire.CNY,
                                null, WireFormatCustomizer.INSTANT_FORMAT.format(row.createdAt), FundsWire.YUAN,
                                row.transId, row.memo))
                        .toList(), total))));
    }

    private Uni<Map<String, String>> customerNames(List<LedgerTransaction> rows) {
        List<String> ids = rows.stream().map(row -> row.customerId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return customers.list("customerId in ?1", ids).map(found -> found.stream()
                .filter(c -> c.domainName != null)
                .collect(Collectors.toMap(c -> c.customerId, c -> c.domainName)));
    }

    /**
     * Entries on the partner's debit accounts (cash, allocated, designated: the balance after is the allocatable
     * amount, rule 34) or credit account, within {@code [from, to)}, newest first.
     */
    @WithSession
    public Uni<FundsWire.AccountChangeRecords> accountChangeRecords(String partnerId, BalanceType balanceType,
                                                                     TradeType tradeType, Instant from, Instant to,
                                                                     PageRequest page) {
        String where = """
                from LedgerEntry e, LedgerTransaction t, Account a
                where e.transId = t.transId and e.accountId = a.accountId
                  and a.ownerType = :owner and a.ownerId = :partner and a.kind in :kinds
                  and t.createdAt >= :from and t.createdAt < :to""" + (tradeType == null ? "" : " and t.tradeType = :trade");
        return transactions.getSession().chain(session -> {
            var count = session.createSelectionQuery("select count(e) " + where, Long.class);
            var select = session.createSelectionQuery("select e, t " + where + " order by e.entryId desc",
                    Object[].class);
            count.setParameter("owner", OwnerType.PARTNER).setParameter("partner", partnerId)
                    .setParameter("kinds", balanceType.kinds).setParameter("from", from).setParameter("to", to);
            select.setParameter("owner", OwnerType.PARTNER).setParameter("partner", partnerId)
                    .setParameter("kinds", balanceType.kinds).setParameter("from", from).setParameter("to", to);
            if (tradeType != null) {
                count.setParameter("trade", tradeType);
                select.setParameter("trade", tradeType);
            }
            return count.getSingleResult().chain(total -> select.setFirstResult(page.offset())
                    .setMaxResults(page.limit()).getResultList().map(rows -> {
                        List<AccountChangeRecord> records = new ArrayList<>();
                        for (Object[] row : rows) {
                            LedgerEntry entry = (LedgerEntry) row[0];
                            LedgerTransaction transaction = (LedgerTransaction) row[1];
                            BigDecimal after = balanceType == BalanceType.BALANCE_TYPE_CREDIT
                                    || entry.partnerAllocatableAfter == null
                                    ? entry.balanceAfter : entry.partnerAllocatableAfter;
                            records.add(new AccountChangeRecord(String.valueOf(entry.entryId),
                                    transaction.tradeType.name(),
                                    WireFormatCustomizer.INSTANT_FORMAT.format(transaction.createdAt),
                                    transaction.transId, entry.amount.toPlainString(), after.toPlainString(),
                                    entry.amount.signum() > 0 ? "1" : "2"));
                        }
                        return new FundsWire.AccountChangeRecords(total, FundsWire.CNY, records);
                    }));
        });
    }
}
