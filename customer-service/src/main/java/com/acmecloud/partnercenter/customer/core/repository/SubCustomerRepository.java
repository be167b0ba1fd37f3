package com.acmecloud.partnercenter.customer.core.repository;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class SubCustomerRepository implements PanacheRepositoryBase<SubCustomer, String> {

    /**
     * Filters of Huawei's sub-customer query; a null field does not filter. {@code accountName} and {@code label}
     * match a part of the value (prefix, suffix or middle, case-sensitive) as Huawei's do; {@code customer} is a
     * case-insensitive contains on the verified real-name name.
     */
    public record Filter(String accountName, String customer, String customerId, String label,
                         Integer associationType, Instant associatedOnBegin, Instant associatedOnEnd) {
    }

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

    /** The partner's customers matching the filter, oldest association first. */
    public Uni<Page<SubCustomer>> page(String partnerId, Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (filter.customer() != null) {
            where.append(" and lower(verifiedName) like :customer escape '!'");
            parameters.put("customer", containing(filter.customer().toLowerCase(Locale.ROOT)));
        }
        if (filter.accountName() != null) {
            where.append(" and domainName like :accountName escape '!'");
            parameters.put("accountName", containing(filter.accountName()));
        }
        if (filter.label() != null) {
            where.append(" and label like :label escape '!'");
            parameters.put("label", containing(filter.label()));
        }
        if (filter.customerId() != null) {
            where.append(" and customerId = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.associationType() != null) {
            where.append(" and associationType = :associationType");
            parameters.put("associationType", filter.associationType().shortValue());
        }
        if (filter.associatedOnBegin() != null) {
            where.append(" and associatedOn >= :begin");
            parameters.put("begin", filter.associatedOnBegin());
        }
        if (filter.associatedOnEnd() != null) {
            where.append(" and associatedOn <= :end");
            parameters.put("end", filter.associatedOnEnd());
        }
        return find(where + " order by associatedOn, customerId", parameters)
                .range(offset, offset + limit - 1).list()
                .chain(items -> count(where.toString(), parameters).map(total -> new Page<>(total, items)));
    }

    /** A LIKE pattern matching values that contain {@code text} literally ({@code %} and {@code _} included). */
    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static Uni<Boolean> exists(Uni<Long> count) {
        return count.map(n -> n > 0);
    }
}
