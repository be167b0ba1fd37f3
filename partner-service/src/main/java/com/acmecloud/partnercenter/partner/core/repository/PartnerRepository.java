package com.acmecloud.partnercenter.partner.core.repository;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    /**
     * The partner row (null if there is none), locked until the transaction ends: state changes of one
     * partner never interleave.
     */
    public Uni<Partner> lock(String partnerId) {
        return findById(partnerId, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Boolean> xaccountIdTaken(String xaccountId) {
        return count("xaccountId", xaccountId).map(count -> count > 0);
    }

    public Uni<List<Partner>> page(int offset, int limit) {
        return findAll(Sort.by("registeredAt").and("partnerId")).range(offset, offset + limit - 1).list();
    }
}
