package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A partner acts only for its own sub-customers. Another partner's customer and an unknown customer id get the same
 * answer, CBC.99000035, so the answer never tells whether a customer exists.
 */
@ApplicationScoped
public class SubCustomerOwnership {

    private final SubCustomerRepository customers;

    SubCustomerOwnership(SubCustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public SubCustomer requireOwn(String partnerId, String customerId) {
        SubCustomer customer = customers.findById(customerId);
        return requireOwnedBy(partnerId, customer);
    }

    /** The customer row locked until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubCustomer requireOwnForUpdate(String partnerId, String customerId) {
        return requireOwnedBy(partnerId, customers.findForUpdate(customerId).orElse(null));
    }

    private static SubCustomer requireOwnedBy(String partnerId, SubCustomer customer) {
        if (customer == null || !customer.partnerId.equals(partnerId)) {
            throw new CbcException(CbcError.NOT_YOUR_SUB_CUSTOMER);
        }
        return customer;
    }
}
