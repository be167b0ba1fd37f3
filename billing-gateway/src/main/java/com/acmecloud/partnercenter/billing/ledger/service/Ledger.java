package com.acmecloud.partnercenter.billing.ledger.service;

import com.acmecloud.partnercenter.billing.ledger.domain.Account;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.LedgerEntry;
import com.acmecloud.partnercenter.billing.ledger.domain.LedgerTransaction;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.OwnerType;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.billing.ledger.repository.LedgerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way money moves: {@link #post(Movement)} records one immutable transaction with its balanced entries and
 * keeps the account balances in step, inside the caller's reactive transaction (so a feature's own rows, its outbox
 * event and the money commit or roll back together).
 *
 * <p>Concurrency: the accounts of a movement — its legs and, for every partner it touches, all parts of the
 * partner's allocatable amount — are locked in account-id order before any balance is read, so concurrent movements
 * over the same accounts run one after the other and never deadlock on each other; nothing is checked before the
 * lock. A movement that would take a partner's or customer's balance (or a partner's allocatable amount, rule 34)
 * below zero is refused with CBC.99005003 (rules 35, 36) and changes nothing; the database checks the same at commit
 * ({@code account_balance_sign}, {@code account_allocatable_not_negative}, {@code ledger_transaction_balanced}).
 * Every {@link PostingObserver} hears each posted movement in the same transaction.
 */
@ApplicationScoped
public class Ledger {

    private static final DateTimeFormatter TRANS_ID_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final LedgerRepository transactions;
    private final Clock clock;
    private final List<PostingObserver> observers;

    Ledger(AccountRepository accounts, LedgerRepository transactions, Clock clock, Instance<PostingObserver> observers) {
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
        this.observers = observers.stream().toList();
    }

    /**
     * Whether a movement with this idempotency key was already posted: its trans id if it was the same request (same
     * customer, counterparty, amount and memo), null if the key is new or null; CBC.99007009 if the key was used for
     * another request. Call before {@link #post(Movement)} to make a retry return the first answer.
     */
    public Uni<String> replay(String partnerId, TradeType tradeType, String key, String customerId,
                              String counterpartyId, BigDecimal amount) {
        return replay(partnerId, tradeType, key, customerId, counterpartyId, amount, null);
    }

    public Uni<String> replay(String partnerId, TradeType tradeType, String key, String customerId,
                              String counterpartyId, BigDecimal amount, String memo) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return transactions.findByKey(partnerId, tradeType, key).map(earlier -> {
            if (earlier == null) {
                return null;
            }
            if (!Objects.equals(earlier.customerId, customerId) || !Objects.equals(earlier.counterpartyId, counterpartyId)
                    || earlier.amount.compareTo(amount) != 0 || (memo != null && !memo.equals(earlier.memo))) {
                throw new CbcException(CbcError.IDEMPOTENCY_KEY_REUSED);
            }
            return earlier.transId;
        });
    }

    /**
     * Posts the movement. Must run inside {@code @WithTransaction} / {@code Panache.withTransaction}.
     *
     * @return the transaction, its entries and the balances after it of every account locked for it
     * @throws CbcException CBC.99005003 (as a failed Uni) when a balance would go below zero
     */
    public Uni<Posting> post(Movement movement) {
        return Panache.currentTransaction().chain(transaction -> {
            if (transaction == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Money moves only inside the transaction of the change that moves it"));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Set<AccountRef> locked = accountsToLock(movement);
            return accounts.ensure(locked, now)
                    .chain(() -> accounts.lock(locked))
                    .chain(rows -> apply(movement, rows, now))
                    .call(posting -> notifyObservers(movement, posting, 0));
        });
    }

    private Uni<Void> notifyObservers(Movement movement, Posting posting, int index) {
        if (index >= observers.size()) {
            return Uni.createFrom().voidItem();
        }
        return observers.get(index).posted(movement, posting)
                .chain(() -> notifyObservers(movement, posting, index + 1));
    }

    /** The balances of the accounts now, without locking (zero for accounts that do not exist yet). */
    public Uni<Map<AccountRef, BigDecimal>> balances(Set<AccountRef> refs) {
        return accounts.read(refs).map(rows -> {
            Map<AccountRef, BigDecimal> balances = new LinkedHashMap<>();
            refs.forEach(ref -> balances.put(ref, BigDecimal.ZERO.setScale(2)));
            rows.forEach(row -> balances.put(row.ref(), row.balance));
            return balances;
        });
    }

    /** The partner's accounts a movement touching it locks: the legs may change any part of its allocatable amount. */
    public static Set<AccountRef> allocatableParts(String partnerId) {
        Set<AccountRef> parts = new LinkedHashSet<>();
        AccountKind.ALLOCATABLE_PARTS.forEach(kind -> parts.add(AccountRef.partner(partnerId, kind)));
        return parts;
    }

    private static Set<AccountRef> accountsToLock(Movement movement) {
        Set<AccountRef> refs = new LinkedHashSet<>();
        for (Movement.Leg leg : movement.legs()) {
            refs.add(leg.account());
            if (leg.account().ownerType() == OwnerType.PARTNER) {
                refs.addAll(allocatableParts(leg.account().ownerId()));
            }
        }
        return refs;
    }

    private Uni<Posting> apply(Movement movement, List<Account> rows, Instant now) {
        Map<AccountRef, Account> byRef = new LinkedHashMap<>();
        rows.forEach(row -> byRef.put(row.ref(), row));
        // the balances after the movement, computed before anything changes: a refused movement leaves the session's
        // accounts untouched, so a caller that goes on in the same transaction flushes nothing of it
        Map<AccountRef, BigDecimal> balances = new LinkedHashMap<>();
        byRef.forEach((ref, account) -> balances.put(ref, account.balance));
        Set<String> partnersLowered = new LinkedHashSet<>();
        for (Movement.Leg leg : movement.legs()) {
            Account account = byRef.get(leg.account());
            if (account == null) {
                return Uni.createFrom().failure(new IllegalStateException("account not locked: " + leg.account()));
            }
            BigDecimal after = balances.get(leg.account()).add(leg.amount()).setScale(2);
            balances.put(leg.account(), after);
            if (!account.kind.signed() && (account.kind.contra() ? after.signum() > 0 : after.signum() < 0)) {
                return Uni.createFrom().failure(new CbcException(CbcError.INSUFFICIENT_BALANCE)); // rules 35, 36
            }
            if (account.ownerType == OwnerType.PARTNER && leg.amount().signum() < 0) {
                partnersLowered.add(account.ownerId);
            }
        }
        for (String partnerId : partnersLowered) {
            if (allocatable(balances, partnerId).signum() < 0) { // rules 34, 35
                return Uni.createFrom().failure(new CbcException(CbcError.INSUFFICIENT_BALANCE));
            }
        }

        LedgerTransaction transaction = new LedgerTransaction();
        transaction.transId = movement.transId() != null ? movement.transId() : newTransId(movement, now);
        transaction.tradeType = movement.tradeType();
        transaction.partnerId = movement.partnerId();
        transaction.customerId = movement.customerId();
        transaction.counterpartyId = movement.counterpartyId();
        transaction.amount = movement.amount();
        transaction.actor = movement.actor();
        transaction.idempotencyKey = movement.idempotencyKey();
        transaction.memo = movement.memo();
        transaction.createdAt = now;
        List<LedgerEntry> entries = new ArrayList<>();
        for (Movement.Leg leg : movement.legs()) {
            Account account = byRef.get(leg.account());
            LedgerEntry entry = new LedgerEntry();
            entry.transId = transaction.transId;
            entry.accountId = account.accountId;
            entry.amount = leg.amount().setScale(2);
            entry.balanceBefore = account.balance;
            entry.balanceAfter = account.balance.add(leg.amount()).setScale(2);
            entry.createdAt = now;
            if (account.ownerType == OwnerType.PARTNER) {
                entry.partnerAllocatableAfter = allocatable(balances, account.ownerId);
            }
            entries.add(entry);
            account.balance = entry.balanceAfter;
            account.updatedAt = now;
        }
        return accounts.getSession()
                // the transaction row first: the entries' ids come from the database as each is inserted
                .chain(session -> session.persist(transaction)
                        .chain(session::flush)
                        .chain(() -> session.persistAll(entries.toArray()))
                        .chain(session::flush))
                // a concurrent request with the same key committed first
                .onFailure(Ledger::isKeyConflict).transform(failure -> new CbcException(CbcError.IDEMPOTENCY_KEY_REUSED))
                .replaceWith(() -> new Posting(transaction, List.copyOf(entries), Map.copyOf(balances)));
    }

    private static BigDecimal allocatable(Map<AccountRef, BigDecimal> balances, String partnerId) {
        BigDecimal allocatable = BigDecimal.ZERO.setScale(2);
        for (AccountRef part : allocatableParts(partnerId)) {
            allocatable = allocatable.add(balances.get(part));
        }
        return allocatable;
    }

    private static boolean isKeyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("ledger_transaction_key")) {
                return true;
            }
        }
        return false;
    }

    /** Huawei-shaped ids: two letters of the trade type, yyMMddHHmmss in GMT+8, 12 random hex digits. */
    static String newTransId(Movement movement, Instant now) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return movement.tradeType().transIdPrefix() + TRANS_ID_TIME.format(now) + HexFormat.of().formatHex(random);
    }
}
