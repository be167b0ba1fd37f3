package com.acmecloud.partnercenter.customer.partners.repository;

import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PartnerProjectionRepository implements PanacheRepositoryBase<PartnerProjection, String> {

    /** The projection of a partner, or an unknown (ACTIVE, no programs, no distributor) one; never persisted here. */
    public Uni<PartnerProjection> view(String partnerId) {
        return findById(partnerId).map(row -> row != null ? row : PartnerProjection.unknown(partnerId));
    }
}
