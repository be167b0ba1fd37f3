package com.acmecloud.partnercenter.customer.core.repository;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Locale;

/**
 * The customer accounts every feature reads and writes: uniqueness checks, lookups and the row lock that serialises
 * changes to one customer.
 */
@ApplicationScoped
public class SubCustomerRepository implements PanacheRepositoryBase<SubCustomer, String> {

    public Uni<Boolean> domainNameTaken(String domainName) {
        return exists(count("lower(domainName) = ?1", domainName.toLowerCase(Locale.ROOT)));
    }

    public Uni<Boolean> xaccountTaken(String xaccountType, String xaccountId) {
        return exists(count("xaccountType = ?1 and xaccountId = ?2", xaccountType, xaccountId));
    }

    /** E-mail addresses are unique whatever their case. */
    public Uni<Boolean> emailTaken(String email) {
        return exists(count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)));
    }

    public Uni<Boolean> mobileTaken(String mobilePhone) {
        return exists(count("mobilePhone", mobilePhone));
    }

    /** The account the person signed up for here, null when none. */
    public Uni<SubCustomer> findByOwnerSubject(String subject) {
        return find("ownerSubject", subject).firstResult();
    }

    /**
     * The customer row (null when none), re-read under a row lock (serialises changes to one customer's
     * association).
     */
    public Uni<SubCustomer> lock(String customerId) {
        return findById(customerId).call(customer -> customer == null ? Uni.createFrom().voidItem()
                // refresh, not find-with-lock: locking an entity already loaded in this transaction would keep its
                // stale state, and a concurrent change that committed meanwhile would be overwritten
                : getSession().chain(session -> session.refresh(customer, LockModeType.PESSIMISTIC_WRITE)));
    }

    private static Uni<Boolean> exists(Uni<Long> count) {
        return count.map(n -> n > 0);
    }
}
