package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.CustomerLabels;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A partner labels its own customers (or, as a distributor, those of a linked reseller). */
@ApplicationScoped
public class SubCustomerLabelService {

    private final SubCustomerOwnership ownership;
    private final PartnerProjectionRepository partners;

    SubCustomerLabelService(SubCustomerOwnership ownership, PartnerProjectionRepository partners) {
        this.ownership = ownership;
        this.partners = partners;
    }

    /**
     * @param label the new label; the empty string clears it
     * @throws CbcException CBC.99000035 when the customer is not in the caller's scope (or does not exist),
     *                      CBC.99000037 for a reseller not linked to the caller, CBC.0100 for an invalid label
     */
    @Transactional
    public SubCustomer setLabel(String callerId, String indirectPartnerId, String customerId, String label) {
        String stored = CustomerLabels.toStored(label);
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        SubCustomer customer = ownership.requireOwn(scope, customerId);
        customer.label = stored;
        return customer;
    }
}
