package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerInvitationRepository implements PanacheRepositoryBase<CustomerInvitation, UUID> {

    public Optional<CustomerInvitation> findByCodeHash(String codeHash) {
        return find("codeHash", codeHash).firstResultOptional();
    }

    /** The invitation, locked: two accepts of one code are serialised and the second sees it used. */
    public Optional<CustomerInvitation> lockByCodeHash(String codeHash) {
        return find("codeHash", codeHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The partner's invitations (of one registration when given), oldest first. */
    public Page<CustomerInvitation> page(String partnerId, UUID registrationId, int offset, int limit) {
        String where = registrationId == null ? "partnerId = ?1" : "partnerId = ?1 and registrationId = ?2";
        Object[] parameters = registrationId == null ? new Object[] {partnerId} : new Object[] {partnerId, registrationId};
        long total = count(where, parameters);
        List<CustomerInvitation> items = find(where + " order by issuedAt, invitationId", parameters)
                .range(offset, offset + limit - 1).list();
        return new Page<>(total, items);
    }
}
