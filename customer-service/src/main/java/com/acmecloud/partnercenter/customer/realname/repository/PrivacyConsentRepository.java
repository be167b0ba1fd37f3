package com.acmecloud.partnercenter.customer.realname.repository;

import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PrivacyConsentRepository implements PanacheRepositoryBase<PrivacyConsent, UUID> {

    public boolean hasConsent(String customerId) {
        return count("customerId", customerId) > 0;
    }

    /** The customer's consents, newest recorded first. */
    public Page<PrivacyConsent> ofCustomer(String customerId, int offset, int limit) {
        List<PrivacyConsent> items = getEntityManager().createQuery("""
                        select c from PrivacyConsent c where c.customerId = :customer
                        order by c.recordedAt desc, c.consentId""", PrivacyConsent.class)
                .setParameter("customer", customerId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return new Page<>(count("customerId", customerId), items);
    }
}
