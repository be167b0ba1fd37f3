package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The customer account of a caller with the {@code customer} role: the one its token's {@code customer_id} claim
 * names, else the one the token's subject signed up for here. Call inside a transaction.
 */
@RequestScoped
public class CustomerIdentity {

    private final Caller caller;
    private final SubCustomerRepository customers;

    CustomerIdentity(Caller caller, SubCustomerRepository customers) {
        this.caller = caller;
        this.customers = customers;
    }

    public Optional<SubCustomer> account() {
        Optional<String> claimed = caller.customerId();
        if (claimed.isPresent()) {
            return customers.findByIdOptional(claimed.get());
        }
        return customers.findByOwnerSubject(caller.subject());
    }

    /** The caller's account, locked for update; CBC.91005002 when it has none. */
    public SubCustomer requireAccountForUpdate() {
        SubCustomer account = account().orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
        return customers.lock(account.customerId);
    }

    /** The person behind the token, recorded as the actor of what it does. */
    public String subject() {
        return caller.subject();
    }
}
