package com.acmecloud.partnercenter.customer.repository;

import com.acmecloud.partnercenter.customer.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.domain.AssociationChangeRequest.Status;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssociationChangeRequestRepository implements PanacheRepositoryBase<AssociationChangeRequest, UUID> {

    /** The customer's pending request (due or not); read it under the customer's row lock before changing it. */
    public Optional<AssociationChangeRequest> pendingOf(String customerId) {
        return find("customerId = ?1 and status = ?2", customerId, Status.PENDING).firstResultOptional();
    }

    /** Rule 27: switch requests the partner made to the customer since {@code since}, whatever became of them. */
    public long countRequestedSince(String customerId, String partnerId, Instant since) {
        return count("customerId = ?1 and partnerId = ?2 and requestedAt >= ?3", customerId, partnerId, since);
    }

    /** Pending requests whose time is over, oldest first (for the expiry sweep). */
    public List<AssociationChangeRequest> due(Instant now, int max) {
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", Status.PENDING, now).page(0, max).list();
    }

    /**
     * The partner's requests, newest first. {@code status} is the status as of {@code now}: a pending request past its
     * expiry counts as EXPIRED even before the sweep marks it.
     */
    public Page<AssociationChangeRequest> page(String partnerId, String customerId, Status status, Instant now,
                                               int offset, int limit) {
        StringBuilder where = new StringBuilder(" where r.partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (customerId != null) {
            where.append(" and r.customerId = :customer");
            parameters.put("customer", customerId);
        }
        if (status == Status.PENDING) {
            where.append(" and r.status = :pending and r.expiresAt > :now");
        } else if (status == Status.EXPIRED) {
            where.append(" and (r.status = :expired or (r.status = :pending and r.expiresAt <= :now))");
            parameters.put("expired", Status.EXPIRED);
        } else if (status != null) {
            where.append(" and r.status = :status");
            parameters.put("status", status);
        }
        if (status == Status.PENDING || status == Status.EXPIRED) {
            parameters.put("pending", Status.PENDING);
            parameters.put("now", now);
        }
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(r) from AssociationChangeRequest r" + where, Long.class);
        TypedQuery<AssociationChangeRequest> rows = getEntityManager()
                .createQuery("select r from AssociationChangeRequest r" + where
                        + " order by r.requestedAt desc, r.requestId", AssociationChangeRequest.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        return new Page<>(count.getSingleResult(), rows.getResultList());
    }
}
