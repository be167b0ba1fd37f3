package com.acmecloud.partnercenter.partner.members.repository;

import com.acmecloud.partnercenter.partner.members.domain.MembershipStatus;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import com.acmecloud.partnercenter.partner.members.domain.PersonalCertification;
import com.acmecloud.partnercenter.partner.members.domain.VisibleCertification;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Personal certifications. What a partner sees is always joined to an ACTIVE membership of that partner
 * (seed 15 / rule 3): once the membership ends, the same queries no longer return the person's certifications.
 */
@ApplicationScoped
public class PersonalCertificationRepository implements PanacheRepositoryBase<PersonalCertification, UUID> {

    private static final String VISIBLE = " from PersonalCertification c, PartnerMember m"
            + " where m.person = c.person and m.partnerId = :partner and m.status = :active";

    /** Serialises recordings of one certificate number until the transaction ends (advisory lock). */
    public Uni<Void> lockNumber(String certificateNumber) {
        return getSession().chain(session -> session
                        .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                        .setParameter("key", "certificate:" + certificateNumber)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Boolean> numberTaken(String certificateNumber) {
        return count("certificateNumber", certificateNumber).map(count -> count > 0);
    }

    public Uni<Long> countOfPerson(String person) {
        return count("person", person);
    }

    public Uni<List<PersonalCertification>> pageOfPerson(String person, int offset, int limit) {
        return find("person", Sort.ascending("recordedAt").and("certificationId"), person)
                .range(offset, offset + limit - 1).list();
    }

    public Uni<Long> countVisible(String partnerId, UUID memberId) {
        return getSession().chain(session -> bind(session.createSelectionQuery(
                "select count(c)" + VISIBLE + memberFilter(memberId), Long.class), partnerId, memberId)
                .getSingleResult());
    }

    /** Certifications visible to the partner: of one active member, or of all when {@code memberId} is null. */
    public Uni<List<VisibleCertification>> pageVisible(String partnerId, UUID memberId, int offset, int limit) {
        return getSession().chain(session -> bind(session.createSelectionQuery("select c, m" + VISIBLE
                        + memberFilter(memberId) + " order by m.joinedAt, m.memberId, c.recordedAt, c.certificationId",
                        Object[].class), partnerId, memberId)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new VisibleCertification((PersonalCertification) row[0], (PartnerMember) row[1]))
                        .toList());
    }

    private static String memberFilter(UUID memberId) {
        return memberId == null ? "" : " and m.memberId = :member";
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, String partnerId, UUID memberId) {
        query.setParameter("partner", partnerId).setParameter("active", MembershipStatus.ACTIVE);
        return memberId == null ? query : query.setParameter("member", memberId);
    }
}
