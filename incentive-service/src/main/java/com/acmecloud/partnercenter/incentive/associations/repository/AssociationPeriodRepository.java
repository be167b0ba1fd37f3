package com.acmecloud.partnercenter.incentive.associations.repository;

import com.acmecloud.partnercenter.incentive.associations.domain.AssociationPeriod;
import com.acmecloud.partnercenter.incentive.core.AdvisoryLocks;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssociationPeriodRepository implements PanacheRepositoryBase<AssociationPeriod, UUID> {

    /** The customer's whole history, oldest first. */
    public Uni<List<AssociationPeriod>> history(String customerId) {
        return list("customerId", Sort.by("validFrom").and("id"), customerId);
    }

    /**
     * The customer's history locked for an update: one transaction at a time changes a customer's slices (events of
     * one customer may arrive on two partners' partitions at once).
     */
    public Uni<List<AssociationPeriod>> historyForUpdate(String customerId) {
        return getSession().chain(session -> AdvisoryLocks.untilCommit(session, "association:" + customerId))
                .chain(() -> history(customerId));
    }
}
