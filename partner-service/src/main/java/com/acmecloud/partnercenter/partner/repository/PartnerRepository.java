package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.Partner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, String> {

    /** The partner row, locked until the transaction ends: state changes of one partner never interleave. */
    public Optional<Partner> lock(String partnerId) {
        return findByIdOptional(partnerId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean xaccountIdTaken(String xaccountId) {
        return count("xaccountId", xaccountId) > 0;
    }

    public List<Partner> page(int offset, int limit) {
        return findAll(Sort.by("registeredAt").and("partnerId")).range(offset, offset + limit - 1).list();
    }
}
