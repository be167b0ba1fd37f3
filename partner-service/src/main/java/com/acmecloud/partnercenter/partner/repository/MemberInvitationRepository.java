package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.MemberInvitation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberInvitationRepository implements PanacheRepositoryBase<MemberInvitation, UUID> {

    /** The invitation a token opens, locked: two uses of one token never both succeed. */
    public Optional<MemberInvitation> lockByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The partner's own invitation, locked; another partner's id is simply not found. */
    public Optional<MemberInvitation> lockOfPartner(String partnerId, UUID invitationId) {
        return find("partnerId = ?1 and invitationId = ?2", partnerId, invitationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public long countSentAfter(String partnerId, Instant after) {
        return count("partnerId = ?1 and createdAt > ?2", partnerId, after);
    }

    public long countOfPartner(String partnerId) {
        return count("partnerId", partnerId);
    }

    public List<MemberInvitation> pageOfPartner(String partnerId, int offset, int limit) {
        return find("partnerId", Sort.descending("createdAt").and("invitationId"), partnerId)
                .range(offset, offset + limit - 1).list();
    }
}
