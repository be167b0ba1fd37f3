package com.acmecloud.partnercenter.customer.realname.repository;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.customer.realname.domain.ReviewStatus;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class RealNameAuthRepository implements PanacheRepositoryBase<RealNameAuth, UUID> {

    public Uni<Long> attempts(String customerId) {
        return count("customerId", customerId);
    }

    /** Rule 53: other customers verified or under review with this ID number. */
    public Uni<Long> otherCustomersWithNumber(String numberHash, String customerId) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select count(distinct a.customerId) from RealNameAuth a
                        where a.verifiedNumberHash = :hash and a.customerId <> :customer
                        and a.status in (:reviewing, :approved)""", Long.class)
                .setParameter("hash", numberHash)
                .setParameter("customer", customerId)
                .setParameter("reviewing", ReviewStatus.REVIEWING)
                .setParameter("approved", ReviewStatus.APPROVED)
                .getSingleResult());
    }

    /** Serialises the ID-number check of concurrent submissions with one number until the transaction ends. */
    public Uni<Void> lockNumber(String numberHash) {
        return getSession().chain(session -> session.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                        .setParameter("key", "realname-number:" + numberHash)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The customer's latest submission, null when none. */
    public Uni<RealNameAuth> latest(String customerId) {
        return find("customerId = ?1 order by submittedAt desc, authId", customerId).firstResult();
    }

    /** The submission (null when none), re-read under a row lock: its state as of the lock, not as first loaded. */
    public Uni<RealNameAuth> findForUpdate(UUID authId) {
        return findById(authId).call(auth -> auth == null ? Uni.createFrom().voidItem()
                : getSession().chain(session -> session.refresh(auth, LockModeType.PESSIMISTIC_WRITE)));
    }

    /** Submissions in a status, oldest first. */
    public Uni<Page<RealNameAuth>> byStatus(ReviewStatus status, int offset, int limit) {
        return count("status", status).chain(total -> find("status = ?1 order by submittedAt, authId", status)
                .range(offset, offset + limit - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
