package com.acmecloud.partnercenter.customer.repository;

import com.acmecloud.partnercenter.customer.domain.VerificationCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VerificationCodeRepository implements PanacheRepositoryBase<VerificationCode, UUID> {

    /** Serialises sends and checks for one mobile phone until the transaction ends. */
    public void lockPhone(String mobilePhone) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:phone))")
                .setParameter("phone", "verification-code:" + mobilePhone)
                .getSingleResult();
    }

    public long sentSince(String mobilePhone, Instant since) {
        return count("mobilePhone = ?1 and createdAt > ?2", mobilePhone, since);
    }

    /** The newest unused code of the phone for the scene, locked: only the latest code counts. */
    public Optional<VerificationCode> latestUnused(String mobilePhone, short scene) {
        return find("mobilePhone = ?1 and scene = ?2 and usedAt is null order by createdAt desc, codeId",
                mobilePhone, scene)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Scene 18: the newest unused code of the phone sent for this customer, locked. */
    public Optional<VerificationCode> latestUnused(String mobilePhone, short scene, String customerId) {
        return find("mobilePhone = ?1 and scene = ?2 and customerId = ?3 and usedAt is null order by createdAt desc, codeId",
                mobilePhone, scene, customerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
