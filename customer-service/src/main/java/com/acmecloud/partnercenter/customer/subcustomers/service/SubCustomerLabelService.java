package com.acmecloud.partnercenter.customer.subcustomers.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.customer.subcustomers.domain.CustomerLabels;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A partner labels its own customers (or, as a distributor, those of a linked reseller). */
@ApplicationScoped
public class SubCustomerLabelService {

    private final SubCustomerOwnership ownership;
    private final PartnerScopes scopes;

    SubCustomerLabelService(SubCustomerOwnership ownership, PartnerScopes scopes) {
        this.ownership = ownership;
        this.scopes = scopes;
    }

    /**
     * @param label the new label; the empty string clears it
     * @return fails with CBC.99000035 when the customer is not in the caller's scope (or does not exist),
     *         CBC.99000037 for a reseller not linked to the caller, CBC.0100 for an invalid label
     */
    @WithTransaction
    public Uni<SubCustomer> setLabel(String callerId, String indirectPartnerId, String customerId, String label) {
        String stored = CustomerLabels.toStored(label);
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> ownership.requireOwn(scope, customerId))
                .invoke(customer -> customer.label = stored);
    }
}
