package com.acmecloud.partnercenter.partner.resellers.repository;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerFilter;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkedPartner;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class IndirectPartnerLinkRepository implements PanacheRepositoryBase<IndirectPartnerLink, String> {

    /** The distributor's resellers matching the filter, oldest link first. */
    public Uni<Page<LinkedPartner>> page(String distributorId, IndirectPartnerFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where l.distributorId = :distributor");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("distributor", distributorId);
        if (filter.accountName() != null) {
            where.append(" and p.xaccountId = :accountName");
            parameters.put("accountName", filter.accountName());
        }
        if (filter.indirectPartnerId() != null) {
            where.append(" and l.indirectPartnerId = :indirectPartner");
            parameters.put("indirectPartner", filter.indirectPartnerId());
        }
        if (filter.associatedOnBegin() != null) {
            where.append(" and l.associatedOn >= :begin");
            parameters.put("begin", filter.associatedOnBegin());
        }
        if (filter.associatedOnEnd() != null) {
            where.append(" and l.associatedOn <= :end");
            parameters.put("end", filter.associatedOnEnd());
        }
        String from = " from IndirectPartnerLink l join Partner p on p.partnerId = l.indirectPartnerId";

        return getSession().chain(session -> {
            Mutiny.SelectionQuery<Long> count =
                    session.createSelectionQuery("select count(l)" + from + where, Long.class);
            Mutiny.SelectionQuery<Object[]> rows = session
                    .createSelectionQuery("select l, p" + from + where
                            + " order by l.associatedOn, l.indirectPartnerId", Object[].class)
                    .setFirstResult(offset)
                    .setMaxResults(limit);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            return count.getSingleResult().chain(total -> rows.getResultList().map(found -> new Page<>(total,
                    found.stream().map(row -> new LinkedPartner((IndirectPartnerLink) row[0], (Partner) row[1]))
                            .toList())));
        });
    }
}
