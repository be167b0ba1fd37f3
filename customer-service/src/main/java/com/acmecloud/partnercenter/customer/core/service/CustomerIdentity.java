package com.acmecloud.partnercenter.customer.core.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Site;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
     * @param site       the site the customer registered on (claim {@code site}), null when the token says none
     */
    public record Token(String customerId, String subject, Site site) {

        public static Token of(Caller caller) {
            return new Token(caller.customerId().orElse(null), caller.subject(), caller.site().orElse(null));
        }
    }

    private final SubCustomerRepository customers;
    private final Site site;

    CustomerIdentity(SubCustomerRepository customers,
                     @ConfigProperty(name = "partnercenter.site", defaultValue = "CN") Site site) {
        this.customers = customers;
        this.site = site;
    }

    /**
     * Rule 10: a customer registered on the other site (CN vs INTL) cannot associate here, nor act on an association:
     * CBC.0156 before anything is read or written. A token without a site claim is of this deployment's site.
     */
    public Uni<Void> requireThisSite(Token token) {
        return token.site() == null || token.site() == site ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new CbcException(CbcError.CUSTOMER_OF_OTHER_SITE));
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

    /** {@link #requireAccount} for a customer of this site only (CBC.0156 first, {@link #requireThisSite}). */
    public Uni<SubCustomer> requireAccountOfThisSite(Token token) {
        return requireThisSite(token).chain(() -> requireAccount(token));
    }

    /** {@link #requireAccountForUpdate} for a customer of this site only (CBC.0156 first). */
    public Uni<SubCustomer> requireAccountOfThisSiteForUpdate(Token token) {
        return requireThisSite(token).chain(() -> requireAccountForUpdate(token));
    }
}
