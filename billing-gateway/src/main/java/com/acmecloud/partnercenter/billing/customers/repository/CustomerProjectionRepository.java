package com.acmecloud.partnercenter.billing.customers.repository;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class CustomerProjectionRepository implements PanacheRepositoryBase<CustomerProjection, String> {

    /** The row to update, created when no event named the customer before; locked until the transaction ends. */
    public Uni<CustomerProjection> forUpdate(String customerId, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO customer_projection (customer_id, updated_at) VALUES (:id, :now)
                                ON CONFLICT (customer_id) DO NOTHING""")
                        .setParameter("id", customerId)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> findById(customerId, LockModeType.PESSIMISTIC_WRITE))
                .invoke(row -> row.updatedAt = now);
    }

    /** The customer row locked until the transaction ends, or null if no event named it. */
    public Uni<CustomerProjection> lock(String customerId) {
        return findById(customerId, LockModeType.PESSIMISTIC_WRITE);
    }
}
