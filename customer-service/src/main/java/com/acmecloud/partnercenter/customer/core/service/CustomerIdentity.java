package com.acmecloud.partnercenter.customer.core.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The customer account of a caller with the {@code customer} role: the one its token's {@code customer_id} claim
 * names, else the one the token's subject signed up for here. Call inside a session.
 */
@ApplicationScoped
public class CustomerIdentity {

    /**
     * What the customer's token says, read from {@link Caller} when the request starts.
     *
     * @param customerId the {@code customer_id} claim, null when the token has none
     * @param subject    the person behind the token, recorded as the actor of what it does
     */
    public record Token(String customerId, String subject) {

        public static Token of(Caller caller) {
            return new Token(caller.customerId().orElse(null), caller.subject());
        }
    }

    private final SubCustomerRepository customers;

    CustomerIdentity(SubCustomerRepository customers) {
        this.customers = customers;
    }

    /** The caller's account, null when it has none. */
    public Uni<SubCustomer> account(Token token) {
        if (token.customerId() != null) {
            return customers.findById(token.customerId());
        }
        return customers.findByOwnerSubject(token.subject());
    }

    /** The caller's account; CBC.91005002 when it has none. */
    public Uni<SubCustomer> requireAccount(Token token) {
        return account(token).onItem().ifNull().failWith(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
    }

    /** The caller's account, locked for update; CBC.91005002 when it has none. */
    public Uni<SubCustomer> requireAccountForUpdate(Token token) {
        return requireAccount(token).chain(account -> customers.lock(account.customerId));
    }
}
