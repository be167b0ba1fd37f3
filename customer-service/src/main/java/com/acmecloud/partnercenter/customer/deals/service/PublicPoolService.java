package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The public pool (公海池) as every partner sees it; registering a pooled prospect is in DealRegistrationService. */
@ApplicationScoped
public class PublicPoolService {

    private final PoolProspectRepository pool;

    PublicPoolService(PoolProspectRepository pool) {
        this.pool = pool;
    }

    @WithTransaction
    public Uni<Page<PoolProspect>> query(int offset, int limit) {
        return pool.pageOpen(offset, limit);
    }
}
