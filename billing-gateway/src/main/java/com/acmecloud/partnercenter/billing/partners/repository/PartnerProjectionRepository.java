package com.acmecloud.partnercenter.billing.partners.repository;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class PartnerProjectionRepository implements PanacheRepositoryBase<PartnerProjection, String> {

    /** The projection of a partner, or an unknown (unregistered, ACTIVE, no programs) one; never persisted here. */
    public Uni<PartnerProjection> view(String partnerId) {
        return findById(partnerId).map(row -> row != null ? row : PartnerProjection.unknown(partnerId));
    }

    /** The row to update, created when no event named the partner before; locked until the transaction ends. */
    public Uni<PartnerProjection> forUpdate(String partnerId, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO partner_projection (partner_id, updated_at) VALUES (:id, :now)
                                ON CONFLICT (partner_id) DO NOTHING""")
                        .setParameter("id", partnerId)
                        .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> findById(partnerId, LockModeType.PESSIMISTIC_WRITE))
                .invoke(row -> row.updatedAt = now);
    }
}
