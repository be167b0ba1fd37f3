package com.acmecloud.partnercenter.customer.repository;

import com.acmecloud.partnercenter.customer.domain.PartnerProjection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

@ApplicationScoped
public class PartnerProjectionRepository implements PanacheRepositoryBase<PartnerProjection, String> {

    /** The projection of a partner, or an unknown (ACTIVE, no programs, no distributor) one; never persisted here. */
    public PartnerProjection view(String partnerId) {
        return findByIdOptional(partnerId).orElseGet(() -> PartnerProjection.unknown(partnerId));
    }

    /** The row to update, created when no event named the partner before; locked until the transaction ends. */
    public PartnerProjection forUpdate(String partnerId, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO partner_projection (partner_id, updated_at) VALUES (:id, :now)
                        ON CONFLICT (partner_id) DO NOTHING""")
                .setParameter("id", partnerId)
                .setParameter("now", java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .executeUpdate();
        PartnerProjection row = findById(partnerId, LockModeType.PESSIMISTIC_WRITE);
        row.updatedAt = now;
        return row;
    }
}
