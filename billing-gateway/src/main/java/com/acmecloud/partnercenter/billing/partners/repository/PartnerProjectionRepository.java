package com.acmecloud.partnercenter.billing.partners.repository;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PartnerProjectionRepository implements PanacheRepositoryBase<PartnerProjection, String> {

    /** The projection of a partner, or an unknown (unregistered, ACTIVE, no programs) one; never persisted here. */
    public Uni<PartnerProjection> view(String partnerId) {
        return findById(partnerId).map(row -> row != null ? row : PartnerProjection.unknown(partnerId));
    }
}
