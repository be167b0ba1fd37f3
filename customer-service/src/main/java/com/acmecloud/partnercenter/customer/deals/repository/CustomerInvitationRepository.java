package com.acmecloud.partnercenter.customer.deals.repository;

import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class CustomerInvitationRepository implements PanacheRepositoryBase<CustomerInvitation, UUID> {

    /** The invitation with this code hash, null when none. */
    public Uni<CustomerInvitation> findByCodeHash(String codeHash) {
        return find("codeHash", codeHash).firstResult();
    }

    /** The invitation (null when none), locked: two accepts of one code are serialised and the second sees it used. */
    public Uni<CustomerInvitation> lockByCodeHash(String codeHash) {
        return find("codeHash", codeHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The partner's invitations (of one registration when given), oldest first. */
    public Uni<Page<CustomerInvitation>> page(String partnerId, UUID registrationId, int offset, int limit) {
        String where = registrationId == null ? "partnerId = ?1" : "partnerId = ?1 and registrationId = ?2";
        Object[] parameters = registrationId == null ? new Object[] {partnerId} : new Object[] {partnerId, registrationId};
        return count(where, parameters).chain(total -> find(where + " order by issuedAt, invitationId", parameters)
                .range(offset, offset + limit - 1).list()
                .map(items -> new Page<>(total, items)));
    }
}
