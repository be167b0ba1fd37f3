package com.acmecloud.partnercenter.billing.ledger.repository;

import com.acmecloud.partnercenter.billing.ledger.domain.Account;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, Long> {

    /** Creates the accounts that do not exist yet (balance 0); concurrent creators of one account wait on each other. */
    public Uni<Void> ensure(Collection<AccountRef> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO account (owner_type, owner_id, partner_id, kind, balance, currency, created_at, updated_at) VALUES ");
        List<AccountRef> refs = new ArrayList<>(accounts);
        for (int i = 0; i < refs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:t").append(i).append(", :o").append(i).append(", :p").append(i)
                    .append(", :k").append(i).append(", 0, 'CNY', :now, :now)");
        }
        sql.append(" ON CONFLICT (owner_type, owner_id, partner_id, kind) DO NOTHING");
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < refs.size(); i++) {
                AccountRef ref = refs.get(i);
                query.setParameter("t" + i, ref.ownerType().name()).setParameter("o" + i, ref.ownerId())
                        .setParameter("p" + i, ref.partnerId()).setParameter("k" + i, ref.kind().name());
            }
            return query.setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        }).replaceWithVoid();
    }

    /**
     * The accounts, locked until the transaction ends, in account id order (every movement locks in this one order,
     * so concurrent movements over the same accounts queue instead of deadlocking). Native SQL: the statement differs
     * with the number of accounts, and parsing a new HQL statement on the event loop is slow.
     */
    public Uni<List<Account>> lock(Collection<AccountRef> accounts) {
        return select(accounts, " ORDER BY account_id FOR UPDATE");
    }

    /** The accounts without locking (reads). */
    public Uni<List<Account>> read(Collection<AccountRef> accounts) {
        return select(accounts, " ORDER BY account_id");
    }

    private Uni<List<Account>> select(Collection<AccountRef> accounts, String tail) {
        if (accounts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<AccountRef> refs = new ArrayList<>(accounts);
        StringBuilder sql = new StringBuilder("SELECT * FROM account WHERE (owner_type, owner_id, partner_id, kind) IN (");
        for (int i = 0; i < refs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:t").append(i).append(", :o").append(i).append(", :p").append(i)
                    .append(", :k").append(i).append(')');
        }
        sql.append(')').append(tail);
        return getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Account.class);
            for (int i = 0; i < refs.size(); i++) {
                AccountRef ref = refs.get(i);
                query.setParameter("t" + i, ref.ownerType().name()).setParameter("o" + i, ref.ownerId())
                        .setParameter("p" + i, ref.partnerId()).setParameter("k" + i, ref.kind().name());
            }
            return query.getResultList();
        });
    }
}
