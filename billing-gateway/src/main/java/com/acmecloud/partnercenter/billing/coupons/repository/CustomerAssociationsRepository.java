package com.acmecloud.partnercenter.billing.coupons.repository;

import com.acmecloud.partnercenter.billing.coupons.domain.CustomerAssociations;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class CustomerAssociationsRepository implements PanacheRepositoryBase<CustomerAssociations, String> {

    /** Counts one more association of the customer (one upsert: concurrent consumers cannot lose a count). */
    public Uni<Void> countAssociation(String customerId, Instant now) {
        return getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO coupon_customer_association (customer_id, associations, updated_at)
                        VALUES (:id, 1, :now)
                        ON CONFLICT (customer_id) DO UPDATE
                           SET associations = coupon_customer_association.associations + 1, updated_at = :now""")
                .setParameter("id", customerId)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }
}
