package com.acmecloud.partnercenter.partner.members.repository;

import com.acmecloud.partnercenter.partner.members.domain.MemberInvitation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberInvitationRepository implements PanacheRepositoryBase<MemberInvitation, UUID> {

    /** The invitation a token opens (null if none), locked: two uses of one token never both succeed. */
    public Uni<MemberInvitation> lockByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The partner's own invitation (null if none), locked; another partner's id is simply not found. */
    public Uni<MemberInvitation> lockOfPartner(String partnerId, UUID invitationId) {
        return find("partnerId = ?1 and invitationId = ?2", partnerId, invitationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Long> countSentAfter(String partnerId, Instant after) {
        return count("partnerId = ?1 and createdAt > ?2", partnerId, after);
    }

    public Uni<Long> countOfPartner(String partnerId) {
        return count("partnerId", partnerId);
    }

    public Uni<List<MemberInvitation>> pageOfPartner(String partnerId, int offset, int limit) {
        return find("partnerId", Sort.descending("createdAt").and("invitationId"), partnerId)
                .range(offset, offset + limit - 1).list();
    }
}
