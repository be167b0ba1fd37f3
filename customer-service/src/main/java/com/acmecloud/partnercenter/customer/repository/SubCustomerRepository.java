package com.acmecloud.partnercenter.customer.repository;

import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    public boolean domainNameTaken(String domainName) {
        return count("lower(domainName) = ?1", domainName.toLowerCase(java.util.Locale.ROOT)) > 0;
    }

    public boolean xaccountTaken(String xaccountType, String xaccountId) {
        return count("xaccountType = ?1 and xaccountId = ?2", xaccountType, xaccountId) > 0;
    }

    public Optional<SubCustomer> findByOwnerSubject(String subject) {
        return find("ownerSubject", subject).firstResultOptional();
    }

    /** The customer row, re-read under a row lock (serialises changes to one customer's association). */
    public SubCustomer lock(String customerId) {
        SubCustomer customer = findById(customerId);
        if (customer != null) {
            // refresh, not find-with-lock: locking an entity already loaded in this transaction would keep its
            // stale state, and a concurrent change that committed meanwhile would be overwritten
            getEntityManager().refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        }
        return customer;
    }

    /** E-mail addresses are unique whatever their case. */
    public boolean emailTaken(String email) {
        return count("lower(email) = ?1", email.toLowerCase(java.util.Locale.ROOT)) > 0;
    }

    public boolean mobileTaken(String mobilePhone) {
        return count("mobilePhone", mobilePhone) > 0;
    }

    /** The partner's customers matching the filter, oldest association first. */
    public Page<SubCustomer> page(String partnerId, Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where c.partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (filter.customer() != null) {
            where.append(" and lower(c.verifiedName) like :customer escape '!'");
            parameters.put("customer", containing(filter.customer().toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.accountName() != null) {
            where.append(" and c.domainName like :accountName escape '!'");
            parameters.put("accountName", containing(filter.accountName()));
        }
        if (filter.label() != null) {
            where.append(" and c.label like :label escape '!'");
            parameters.put("label", containing(filter.label()));
        }
        if (filter.customerId() != null) {
            where.append(" and c.customerId = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.associationType() != null) {
            where.append(" and c.associationType = :associationType");
            parameters.put("associationType", filter.associationType().shortValue());
        }
        if (filter.associatedOnBegin() != null) {
            where.append(" and c.associatedOn >= :begin");
            parameters.put("begin", filter.associatedOnBegin());
        }
        if (filter.associatedOnEnd() != null) {
            where.append(" and c.associatedOn <= :end");
            parameters.put("end", filter.associatedOnEnd());
        }
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(c) from SubCustomer c" + where, Long.class);
        TypedQuery<SubCustomer> rows = getEntityManager()
                .createQuery("select c from SubCustomer c" + where + " order by c.associatedOn, c.customerId",
                        SubCustomer.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<SubCustomer> items = rows.getResultList();
        return new Page<>(count.getSingleResult(), items);
    }

    /** A LIKE pattern matching values that contain {@code text} literally ({@code %} and {@code _} included). */
    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
