package com.acmecloud.partnercenter.customer.realname.repository;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.customer.realname.domain.ReviewStatus;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RealNameAuthRepository implements PanacheRepositoryBase<RealNameAuth, UUID> {

    public long attempts(String customerId) {
        return count("customerId", customerId);
    }

    /** Rule 53: other customers verified or under review with this ID number. */
    public long otherCustomersWithNumber(String numberHash, String customerId) {
        return getEntityManager().createQuery("""
                        select count(distinct a.customerId) from RealNameAuth a
                        where a.verifiedNumberHash = :hash and a.customerId <> :customer
                        and a.status in (:reviewing, :approved)""", Long.class)
                .setParameter("hash", numberHash)
                .setParameter("customer", customerId)
                .setParameter("reviewing", ReviewStatus.REVIEWING)
                .setParameter("approved", ReviewStatus.APPROVED)
                .getSingleResult();
    }

    /** Serialises the ID-number check of concurrent submissions with one number until the transaction ends. */
    public void lockNumber(String numberHash) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "realname-number:" + numberHash)
                .getSingleResult();
    }

    public Optional<RealNameAuth> latest(String customerId) {
        return find("customerId = ?1 order by submittedAt desc, authId", customerId).firstResultOptional();
    }

    public Optional<RealNameAuth> findForUpdate(UUID authId) {
        return Optional.ofNullable(findById(authId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Submissions in a status, oldest first. */
    public Page<RealNameAuth> byStatus(ReviewStatus status, int offset, int limit) {
        long total = count("status", status);
        List<RealNameAuth> items = getEntityManager()
                .createQuery("select a from RealNameAuth a where a.status = :status order by a.submittedAt, a.authId",
                        RealNameAuth.class)
                .setParameter("status", status)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return new Page<>(total, items);
    }
}
