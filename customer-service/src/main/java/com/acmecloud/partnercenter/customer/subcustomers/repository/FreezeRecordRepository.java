package com.acmecloud.partnercenter.customer.subcustomers.repository;

import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FreezeRecordRepository implements PanacheRepositoryBase<FreezeRecord, UUID> {

    /** The customer's freezes and unfreezes, oldest first. */
    public Uni<List<FreezeRecord>> ofCustomer(String customerId) {
        return list("customerId = ?1 order by occurredAt, recordId", customerId);
    }
}
