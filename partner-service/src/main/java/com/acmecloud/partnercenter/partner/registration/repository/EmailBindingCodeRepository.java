package com.acmecloud.partnercenter.partner.registration.repository;

import com.acmecloud.partnercenter.partner.registration.domain.EmailBindingCode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class EmailBindingCodeRepository implements PanacheRepositoryBase<EmailBindingCode, UUID> {

    /**
     * Serialises sends and checks for one address until the transaction ends (several partners may name the same
     * address; each partner's own requests are already serialised by its locked partner row, taken first).
     */
    public Uni<Void> lockAddress(String email) {
        return getSession().chain(session -> session
                        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                        .setParameter("key", "email-binding-code:" + email)
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<Long> sentToAddressSince(String email, Instant since) {
        return count("email = ?1 and createdAt > ?2", email, since);
    }

    public Uni<Long> sentForPartnerSince(String partnerId, Instant since) {
        return count("partnerId = ?1 and createdAt > ?2", partnerId, since);
    }

    /** Failed checks of the codes sent since {@code since} for the partner or to the address, added up. */
    public Uni<Long> failedChecksSince(String partnerId, String email, Instant since) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select coalesce(sum(failedChecks), 0L) from EmailBindingCode
                        where (partnerId = :partner or email = :email) and createdAt > :since""", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("email", email)
                .setParameter("since", since)
                .getSingleResult());
    }

    /** The partner's newest unused code for the address (null when none): only the latest code counts. */
    public Uni<EmailBindingCode> latestUnused(String partnerId, String email) {
        return find("partnerId = ?1 and email = ?2 and usedAt is null order by createdAt desc, codeId", partnerId,
                email).firstResult();
    }
}
