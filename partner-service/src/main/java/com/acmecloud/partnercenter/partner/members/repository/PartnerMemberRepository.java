package com.acmecloud.partnercenter.partner.members.repository;

import com.acmecloud.partnercenter.partner.members.domain.MembershipStatus;
import com.acmecloud.partnercenter.partner.members.domain.PartnerMember;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PartnerMemberRepository implements PanacheRepositoryBase<PartnerMember, UUID> {

    /**
     * Serialises the state changes of one person (joining, leaving, recording certifications) until the
     * transaction ends: a transaction-scoped PostgreSQL advisory lock on the person's subject.
     */
    public Uni<Void> lockPerson(String person) {
        return getSession().chain(session -> session
                        .createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                        .setParameter("key", "member:" + person)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** The person's active membership, or null. */
    public Uni<PartnerMember> activeOf(String person) {
        return find("person = ?1 and status = ?2", person, MembershipStatus.ACTIVE).firstResult();
    }

    /** The partner's own active member (null if none), locked; another partner's member id is simply not found. */
    public Uni<PartnerMember> lockActiveOfPartner(String partnerId, UUID memberId) {
        return find("partnerId = ?1 and memberId = ?2 and status = ?3", partnerId, memberId, MembershipStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The partner's own active member, or null. */
    public Uni<PartnerMember> activeOfPartner(String partnerId, UUID memberId) {
        return find("partnerId = ?1 and memberId = ?2 and status = ?3", partnerId, memberId, MembershipStatus.ACTIVE)
                .firstResult();
    }

    public Uni<Long> countActiveOfPartner(String partnerId) {
        return count("partnerId = ?1 and status = ?2", partnerId, MembershipStatus.ACTIVE);
    }

    public Uni<List<PartnerMember>> pageActiveOfPartner(String partnerId, int offset, int limit) {
        return find("partnerId = ?1 and status = ?2", Sort.ascending("joinedAt").and("memberId"),
                partnerId, MembershipStatus.ACTIVE).range(offset, offset + limit - 1).list();
    }
}
