package com.acmecloud.partnercenter.incentive.partners.repository;

import com.acmecloud.partnercenter.incentive.partners.domain.PartnerProjection;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PartnerProjectionRepository implements PanacheRepositoryBase<PartnerProjection, String> {
}
