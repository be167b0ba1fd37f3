package com.acmecloud.partnercenter.billing.ledger.repository;

import com.acmecloud.partnercenter.billing.ledger.domain.Account;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
     * so concurrent movements over the same accounts queue instead of deadlocking).
     */
    public Uni<List<Account>> lock(Collection<AccountRef> accounts) {
        return find(matching(accounts), Sort.by("accountId"), parameters(accounts))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The accounts without locking (reads). */
    public Uni<List<Account>> read(Collection<AccountRef> accounts) {
        return find(matching(accounts), Sort.by("accountId"), parameters(accounts)).list();
    }

    private static String matching(Collection<AccountRef> accounts) {
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < accounts.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("(ownerType = :t").append(i).append(" and ownerId = :o")
                    .append(i).append(" and partnerId = :p").append(i).append(" and kind = :k").append(i).append(')');
        }
        return where.toString();
    }

    private static Parameters parameters(Collection<AccountRef> accounts) {
        Parameters parameters = new Parameters();
        int i = 0;
        for (AccountRef ref : accounts) {
            parameters.and("t" + i, ref.ownerType()).and("o" + i, ref.ownerId()).and("p" + i, ref.partnerId())
                    .and("k" + i, ref.kind());
            i++;
        }
        return parameters;
    }
}
