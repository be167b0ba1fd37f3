package com.acmecloud.partnercenter.customer.associations.repository;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssociationHistoryRepository implements PanacheRepositoryBase<AssociationHistory, UUID> {

    /** The customer's history, oldest first. */
    public Uni<List<AssociationHistory>> ofCustomer(String customerId) {
        return list("customerId = ?1 order by sequenceNo", customerId);
    }

    /** How many of these actions, initiated by this side, the pair has seen since {@code since} (rule 27). */
    public Uni<Long> countSince(String customerId, String partnerId, Collection<Action> actions, Initiator initiator,
                                Instant since) {
        return count("customerId = ?1 and partnerId = ?2 and action in ?3 and initiatedBy = ?4 and occurredAt >= ?5",
                customerId, partnerId, actions, initiator, since);
    }
}
