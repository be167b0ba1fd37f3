package com.acmecloud.partnercenter.customer.realname.repository;

import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PrivacyConsentRepository implements PanacheRepositoryBase<PrivacyConsent, UUID> {

    public Uni<Boolean> hasConsent(String customerId) {
        return count("customerId", customerId).map(n -> n > 0);
    }

    /** The customer's consents, newest recorded first. */
    public Uni<Page<PrivacyConsent>> ofCustomer(String customerId, int offset, int limit) {
        return find("customerId = ?1 order by recordedAt desc, consentId", customerId)
                .range(offset, offset + limit - 1).list()
                .chain(items -> count("customerId", customerId).map(total -> new Page<>(total, items)));
    }
}
