package com.acmecloud.partnercenter.customer.verification.repository;

import com.acmecloud.partnercenter.customer.verification.domain.VerificationCode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Verification codes. Checks run in a session of their own (see {@code VerificationCodeChecker}), so the lock and
 * the lookups also take the session to use.
 */
@ApplicationScoped
public class VerificationCodeRepository implements PanacheRepositoryBase<VerificationCode, UUID> {

    /** Serialises sends and checks for one mobile phone until the transaction ends. */
    public Uni<Void> lockPhone(String mobilePhone) {
        return getSession().chain(session -> lockPhone(session, mobilePhone));
    }

    public Uni<Void> lockPhone(Mutiny.Session session, String mobilePhone) {
        return advisoryLock(session, "verification-code:" + mobilePhone);
    }

    public Uni<Long> sentSince(String mobilePhone, Instant since) {
        return count("mobilePhone = ?1 and createdAt > ?2", mobilePhone, since);
    }

    /** Serialises sends and checks for one e-mail address until the transaction ends. */
    public Uni<Void> lockEmail(String email) {
        return getSession().chain(session -> lockEmail(session, email));
    }

    public Uni<Void> lockEmail(Mutiny.Session session, String email) {
        return advisoryLock(session, "verification-code-email:" + email);
    }

    private static Uni<Void> advisoryLock(Mutiny.Session session, String key) {
        return session.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", key)
                .getSingleResult()
                .replaceWithVoid();
    }

    public Uni<Long> sentToEmailSince(String email, Instant since) {
        return count("email = ?1 and createdAt > ?2", email, since);
    }

    /** The newest unused code sent to the e-mail address for the scene (null when none), locked. */
    public Uni<VerificationCode> latestUnusedOfEmail(Mutiny.Session session, String email, short scene) {
        return session.createSelectionQuery("""
                        from VerificationCode where email = :email and scene = :scene and usedAt is null
                        order by createdAt desc, codeId""", VerificationCode.class)
                .setParameter("email", email)
                .setParameter("scene", scene)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** The newest unused code of the phone for the scene (null when none), locked: only the latest code counts. */
    public Uni<VerificationCode> latestUnused(Mutiny.Session session, String mobilePhone, short scene) {
        return session.createSelectionQuery("""
                        from VerificationCode where mobilePhone = :phone and scene = :scene and usedAt is null
                        order by createdAt desc, codeId""", VerificationCode.class)
                .setParameter("phone", mobilePhone)
                .setParameter("scene", scene)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** Scene 18: the newest unused code of the phone sent for this customer (null when none), locked. */
    public Uni<VerificationCode> latestUnused(Mutiny.Session session, String mobilePhone, short scene,
                                              String customerId) {
        return session.createSelectionQuery("""
                        from VerificationCode where mobilePhone = :phone and scene = :scene and customerId = :customer
                        and usedAt is null order by createdAt desc, codeId""", VerificationCode.class)
                .setParameter("phone", mobilePhone)
                .setParameter("scene", scene)
                .setParameter("customer", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }
}
