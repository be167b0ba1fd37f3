package com.acmecloud.partnercenter.customer.core.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A partner acts only for the customers currently associated with it ({@code scope}: the caller, or the linked
 * reseller a distributor names). Another partner's customer, a customer associated with nobody and an unknown
 * customer id all get the same answer, CBC.99000035, so the answer never tells whether a customer exists.
 */
@ApplicationScoped
public class SubCustomerOwnership {

    /** Longer ids cannot exist (the column's width); they are refused without a query. */
    private static final int MAX_CUSTOMER_ID_LENGTH = 64;

    private final SubCustomerRepository customers;

    SubCustomerOwnership(SubCustomerRepository customers) {
        this.customers = customers;
    }

    @WithTransaction
    public Uni<SubCustomer> requireOwn(String scope, String customerId) {
        return (mayExist(customerId) ? customers.findById(customerId) : Uni.createFrom().<SubCustomer>nullItem())
                .map(customer -> requireOwnedBy(scope, customer));
    }

    /** The customer row, locked until the transaction ends (call inside the caller's transaction). */
    public Uni<SubCustomer> requireOwnForUpdate(String scope, String customerId) {
        return (mayExist(customerId) ? customers.lock(customerId) : Uni.createFrom().<SubCustomer>nullItem())
                .map(customer -> requireOwnedBy(scope, customer));
    }

    private static boolean mayExist(String customerId) {
        return customerId.length() <= MAX_CUSTOMER_ID_LENGTH;
    }

    /** {@code customer} (null when there is none) if it is associated with {@code scope}; CBC.99000035 otherwise. */
    public static SubCustomer requireOwnedBy(String scope, SubCustomer customer) {
        if (customer == null || !customer.isAssociatedWith(scope)) {
            throw new CbcException(CbcError.NOT_YOUR_SUB_CUSTOMER);
        }
        return customer;
    }
}
