package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DealRegistrationRepository implements PanacheRepositoryBase<DealRegistration, UUID> {

    /** Filters of the partner's registration query; a null field does not filter. */
    public record Filter(UUID registrationId, Status status, String customerId) {
    }

    /**
     * The ACTIVE registrations (of any partner, expired or not) of a prospect known by any of these keys, locked:
     * a registration past its expiry can be closed before the prospect is registered again.
     */
    public List<DealRegistration> lockActiveOf(String customerId, String mobilePhone, String email) {
        List<String> keys = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (customerId != null) {
            keys.add("r.customerId = :customer");
            parameters.put("customer", customerId);
        }
        if (mobilePhone != null) {
            keys.add("r.mobilePhone = :mobile");
            parameters.put("mobile", mobilePhone);
        }
        if (email != null) {
            keys.add("lower(r.email) = :email");
            parameters.put("email", email.toLowerCase(Locale.ROOT));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        TypedQuery<DealRegistration> query = getEntityManager().createQuery(
                        "select r from DealRegistration r where r.status = :active and (" + String.join(" or ", keys)
                                + ") order by r.registrationId", DealRegistration.class)
                .setParameter("active", Status.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public DealRegistration lock(UUID registrationId) {
        return findById(registrationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The registration if it belongs to the partner, locked. */
    public Optional<DealRegistration> lockOfPartner(String partnerId, UUID registrationId) {
        return find("registrationId = ?1 and partnerId = ?2", registrationId, partnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Up to {@code limit} ACTIVE registrations at or past their expiry, locked; rows another instance's job holds
     * are skipped, so concurrent jobs never close one registration twice.
     */
    @SuppressWarnings("unchecked")
    public List<DealRegistration> lockDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM deal_registration WHERE status = 'ACTIVE' AND expires_at <= :now "
                                + "ORDER BY expires_at, registration_id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        DealRegistration.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The partner's registrations, oldest first. */
    public Page<DealRegistration> page(String partnerId, Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where r.partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (filter.registrationId() != null) {
            where.append(" and r.registrationId = :id");
            parameters.put("id", filter.registrationId());
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.customerId() != null) {
            where.append(" and r.customerId = :customer");
            parameters.put("customer", filter.customerId());
        }
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(r) from DealRegistration r" + where, Long.class);
        TypedQuery<DealRegistration> rows = getEntityManager()
                .createQuery("select r from DealRegistration r" + where + " order by r.registeredAt, r.registrationId",
                        DealRegistration.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<DealRegistration> items = rows.getResultList();
        return new Page<>(count.getSingleResult(), items);
    }
}
