package com.acmecloud.partnercenter.customer.associations.repository;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest.Status;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AssociationChangeRequestRepository implements PanacheRepositoryBase<AssociationChangeRequest, UUID> {

    /**
     * The customer's pending request (due or not), null when none; read it under the customer's row lock before
     * changing it.
     */
    public Uni<AssociationChangeRequest> pendingOf(String customerId) {
        return find("customerId = ?1 and status = ?2", customerId, Status.PENDING).firstResult();
    }

    /** Rule 27: switch requests the partner made to the customer since {@code since}, whatever became of them. */
    public Uni<Long> countRequestedSince(String customerId, String partnerId, Instant since) {
        return count("customerId = ?1 and partnerId = ?2 and requestedAt >= ?3", customerId, partnerId, since);
    }

    /** Pending requests whose time is over, oldest first (for the expiry sweep). */
    public Uni<List<AssociationChangeRequest>> due(Instant now, int max) {
        return find("status = ?1 and expiresAt <= ?2 order by expiresAt", Status.PENDING, now).page(0, max).list();
    }

    /**
     * The partner's requests, newest first. {@code status} is the status as of {@code now}: a pending request past its
     * expiry counts as EXPIRED even before the sweep marks it.
     */
    public Uni<Page<AssociationChangeRequest>> page(String partnerId, String customerId, Status status, Instant now,
                                                    int offset, int limit) {
        StringBuilder where = new StringBuilder("partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (customerId != null) {
            where.append(" and customerId = :customer");
            parameters.put("customer", customerId);
        }
        if (status == Status.PENDING) {
            where.append(" and status = :pending and expiresAt > :now");
        } else if (status == Status.EXPIRED) {
            where.append(" and (status = :expired or (status = :pending and expiresAt <= :now))");
            parameters.put("expired", Status.EXPIRED);
        } else if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (status == Status.PENDING || status == Status.EXPIRED) {
            parameters.put("pending", Status.PENDING);
            parameters.put("now", now);
        }
        return count(where.toString(), parameters).chain(total ->
                find(where + " order by requestedAt desc, requestId", parameters)
                        .range(offset, offset + limit - 1).list()
                        .map(items -> new Page<>(total, items)));
    }
}
