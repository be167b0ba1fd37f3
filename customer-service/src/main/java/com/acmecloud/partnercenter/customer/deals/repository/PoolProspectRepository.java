package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class PoolProspectRepository implements PanacheRepositoryBase<PoolProspect, UUID> {

    /** The prospect if it is still in the pool (null otherwise), locked (two partners taking it: one wins). */
    public Uni<PoolProspect> lockOpen(UUID prospectId) {
        return find("prospectId = ?1 and takenAt is null", prospectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Entries still in the pool for this mobile phone or e-mail. */
    public Uni<List<PoolProspect>> openFor(String mobilePhone, String email) {
        return list("takenAt is null and (mobilePhone = ?1 or lower(email) = ?2)",
                mobilePhone == null ? "" : mobilePhone,
                email == null ? "" : email.toLowerCase(Locale.ROOT));
    }

    /** The pool, oldest release first. */
    public Uni<Page<PoolProspect>> pageOpen(int offset, int limit) {
        return count("takenAt is null").chain(total -> find("takenAt is null order by releasedAt, prospectId")
                .range(offset, offset + limit - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
