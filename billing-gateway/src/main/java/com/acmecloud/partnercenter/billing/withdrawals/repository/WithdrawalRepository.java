package com.acmecloud.partnercenter.billing.withdrawals.repository;

import com.acmecloud.partnercenter.billing.withdrawals.domain.Withdrawal;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class WithdrawalRepository implements PanacheRepositoryBase<Withdrawal, UUID> {

    /** The withdrawal locked until the transaction ends (two decisions queue here), or null. */
    public Uni<Withdrawal> lock(UUID withdrawalId) {
        return findById(withdrawalId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first; {@code partnerId} / {@code status} null: any. */
    public Uni<Page<Withdrawal>> page(String partnerId, String status, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (partnerId != null) {
            query.append(" and partnerId = :partner");
            parameters.and("partner", partnerId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        String where = query.toString();
        return count(where, parameters).chain(total -> find(where + " order by requestedAt desc, withdrawalId",
                        parameters).range(page.offset(), page.offset() + page.limit() - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
