package com.acmecloud.partnercenter.incentive.performance.repository;

import com.acmecloud.partnercenter.incentive.performance.domain.ClosedPeriod;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClosedPeriodRepository implements PanacheRepositoryBase<ClosedPeriod, String> {
}
