package com.acmecloud.partnercenter.partner.resellers.repository;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLinkRequest;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestStatus;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestView;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class IndirectPartnerLinkRequestRepository implements PanacheRepositoryBase<IndirectPartnerLinkRequest, UUID> {

    /** Which side of the requests a listing shows. */
    public enum Side {
        DISTRIBUTOR("distributorId"), RESELLER("indirectPartnerId");

        private final String field;

        Side(String field) {
            this.field = field;
        }
    }

    /**
     * The request (null if none) when {@code partnerId} is on the given side of it, locked: an acceptance and a
     * withdrawal of one request wait for each other, so only one of them decides it.
     */
    public Uni<IndirectPartnerLinkRequest> lockOf(Side side, String partnerId, UUID requestId) {
        return find(side.field + " = ?1 and requestId = ?2", partnerId, requestId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The pair's open (stored PENDING, possibly past its expiry) request, or null. */
    public Uni<IndirectPartnerLinkRequest> openOf(String distributorId, String indirectPartnerId) {
        return find("distributorId = ?1 and indirectPartnerId = ?2 and status = ?3", distributorId, indirectPartnerId,
                LinkRequestStatus.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** One side's requests, newest first; {@code status} null lists all, PENDING and EXPIRED follow the clock. */
    public Uni<Page<LinkRequestView>> page(Side side, String partnerId, LinkRequestStatus status, Instant now,
                                           int offset, int limit) {
        StringBuilder where = new StringBuilder(" where r." + side.field + " = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (status == LinkRequestStatus.PENDING) {
            where.append(" and r.status = :pending and r.expiresAt > :now");
            parameters.put("pending", LinkRequestStatus.PENDING);
            parameters.put("now", now);
        } else if (status == LinkRequestStatus.EXPIRED) {
            where.append(" and (r.status = :expired or (r.status = :pending and r.expiresAt <= :now))");
            parameters.put("expired", LinkRequestStatus.EXPIRED);
            parameters.put("pending", LinkRequestStatus.PENDING);
            parameters.put("now", now);
        } else if (status != null) {
            where.append(" and r.status = :status");
            parameters.put("status", status);
        }
        String from = " from IndirectPartnerLinkRequest r join Partner d on d.partnerId = r.distributorId"
                + " join Partner p on p.partnerId = r.indirectPartnerId";
        return getSession().chain(session -> {
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery("select count(r)" + from + where, Long.class);
            Mutiny.SelectionQuery<Object[]> rows = session
                    .createSelectionQuery("select r, d, p" + from + where + " order by r.requestedAt desc, r.requestId",
                            Object[].class)
                    .setFirstResult(offset)
                    .setMaxResults(limit);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            return count.getSingleResult().chain(total -> rows.getResultList().map(found -> new Page<>(total,
                    found.stream().map(row -> new LinkRequestView((IndirectPartnerLinkRequest) row[0],
                            (Partner) row[1], (Partner) row[2])).toList())));
        });
    }
}
