package com.acmecloud.partnercenter.partner.business.repository;

import com.acmecloud.partnercenter.partner.business.domain.BusinessInformation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BusinessInformationRepository implements PanacheRepositoryBase<BusinessInformation, String> {
}
