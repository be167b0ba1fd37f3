package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration.Status;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistrationFilter;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DealRegistrationRepository implements PanacheRepositoryBase<DealRegistration, UUID> {

    /**
     * The ACTIVE registrations (of any partner, expired or not) of a prospect known by any of these keys, locked:
     * a registration past its expiry can be closed before the prospect is registered again.
     */
    public Uni<List<DealRegistration>> lockActiveOf(String customerId, String mobilePhone, String email) {
        List<String> keys = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (customerId != null) {
            keys.add("customerId = :customer");
            parameters.put("customer", customerId);
        }
        if (mobilePhone != null) {
            keys.add("mobilePhone = :mobile");
            parameters.put("mobile", mobilePhone);
        }
        if (email != null) {
            keys.add("lower(email) = :email");
            parameters.put("email", email.toLowerCase(Locale.ROOT));
        }
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        parameters.put("active", Status.ACTIVE);
        return find("status = :active and (" + String.join(" or ", keys) + ") order by registrationId", parameters)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public Uni<DealRegistration> lock(UUID registrationId) {
        return findById(registrationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The registration if it belongs to the partner (null otherwise), locked. */
    public Uni<DealRegistration> lockOfPartner(String partnerId, UUID registrationId) {
        return find("registrationId = ?1 and partnerId = ?2", registrationId, partnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * Up to {@code limit} ACTIVE registrations at or past their expiry, locked; rows another instance's job holds
     * are skipped, so concurrent jobs never close one registration twice.
     */
    public Uni<List<DealRegistration>> lockDue(Instant now, int limit) {
        return getSession().chain(session -> session.createNativeQuery(
                        "SELECT * FROM deal_registration WHERE status = 'ACTIVE' AND expires_at <= :now "
                                + "ORDER BY expires_at, registration_id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        DealRegistration.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList());
    }

    /** The partner's registrations, oldest first. */
    public Uni<Page<DealRegistration>> page(String partnerId, DealRegistrationFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (filter.registrationId() != null) {
            where.append(" and registrationId = :id");
            parameters.put("id", filter.registrationId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.customerId() != null) {
            where.append(" and customerId = :customer");
            parameters.put("customer", filter.customerId());
        }
        return find(where + " order by registeredAt, registrationId", parameters)
                .range(offset, offset + limit - 1).list()
                .chain(items -> count(where.toString(), parameters).map(total -> new Page<>(total, items)));
    }
}
