package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PoolProspectRepository implements PanacheRepositoryBase<PoolProspect, UUID> {

    /** The prospect if it is still in the pool, locked (two partners taking it: one wins). */
    public Optional<PoolProspect> lockOpen(UUID prospectId) {
        return find("prospectId = ?1 and takenAt is null", prospectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Entries still in the pool for this mobile phone or e-mail. */
    public List<PoolProspect> openFor(String mobilePhone, String email) {
        return find("takenAt is null and (mobilePhone = ?1 or lower(email) = ?2)",
                mobilePhone == null ? "" : mobilePhone,
                email == null ? "" : email.toLowerCase(Locale.ROOT)).list();
    }

    /** The pool, oldest release first. */
    public Page<PoolProspect> pageOpen(int offset, int limit) {
        long total = count("takenAt is null");
        List<PoolProspect> items = find("takenAt is null order by releasedAt, prospectId")
                .range(offset, offset + limit - 1).list();
        return new Page<>(total, items);
    }
}
