package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.customer.verification.config.VerificationCodeConfig;
import com.acmecloud.partnercenter.customer.verification.domain.VerificationCode;
import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Checks a code in a session and transaction of its own, which commits whatever the verdict, so that a failed check
 * is counted even though the request that carried it fails (rule 21: blocked after more than 3 failed checks).
 */
@ApplicationScoped
public class VerificationCodeChecker {

    private final Mutiny.SessionFactory sessions;
    private final VerificationCodeRepository codes;
    private final VerificationCodeConfig config;
    private final Clock clock;

    VerificationCodeChecker(Mutiny.SessionFactory sessions, VerificationCodeRepository codes,
                            VerificationCodeConfig config, Clock clock) {
        this.sessions = sessions;
        this.codes = codes;
        this.config = config;
        this.clock = clock;
    }

    /** @return the id of the accepted code, for the caller's transaction to mark it used */
    public Uni<UUID> check(String mobilePhone, short scene, String code) {
        return checkAlone(mobilePhone, session -> codes.latestUnused(session, mobilePhone, scene), code);
    }

    /** Scene 18 (bank-card real-name): only a code sent for this customer counts. */
    public Uni<UUID> check(String mobilePhone, short scene, String customerId, String code) {
        return checkAlone(mobilePhone, session -> codes.latestUnused(session, mobilePhone, scene, customerId), code);
    }

    /** An e-mail code (lower-case address): the newest unused one sent to it for the scene. */
    public Uni<UUID> checkEmail(String email, short scene, String code) {
        return checkAlone(session -> codes.lockEmail(session, email),
                session -> codes.latestUnusedOfEmail(session, email, scene), code,
                CbcError.VERIFICATION_CODE_NOT_SENT_TO_EMAIL);
    }

    private Uni<UUID> checkAlone(String mobilePhone, Function<Mutiny.Session, Uni<VerificationCode>> latest,
                                 String code) {
        return checkAlone(session -> codes.lockPhone(session, mobilePhone), latest, code,
                CbcError.VERIFICATION_CODE_NOT_SENT_TO_PHONE);
    }

    private Uni<UUID> checkAlone(Function<Mutiny.Session, Uni<Void>> lock,
                                 Function<Mutiny.Session, Uni<VerificationCode>> latest, String code,
                                 CbcError notSent) {
        // openSession, not Panache: a new session and connection, apart from the request's own transaction
        return sessions.openSession()
                .chain(session -> session.withTransaction(transaction -> lock.apply(session)
                                .chain(() -> latest.apply(session))
                                .map(row -> verdict(row, code, notSent)))
                        .eventually(session::close))
                .map(Verdict::acceptedOrRefused);
    }

    private Verdict verdict(VerificationCode row, String code, CbcError notSent) {
        if (row == null) {
            return new Verdict(null, notSent);
        }
        return switch (row.check(code, clock.instant(), config.maxFailedChecks())) {
            case ACCEPTED -> new Verdict(row.codeId, null);
            case EXPIRED -> new Verdict(null, CbcError.VERIFICATION_CODE_EXPIRED);
            // the failed check is counted: the transaction commits, the refusal is raised after it
            case WRONG -> new Verdict(null, CbcError.VERIFICATION_CODE_WRONG);
            case LOCKED -> new Verdict(null, CbcError.VERIFICATION_CODE_LOCKED);
        };
    }

    private record Verdict(UUID acceptedCodeId, CbcError refusal) {

        UUID acceptedOrRefused() {
            if (refusal != null) {
                throw new CbcException(refusal);
            }
            return acceptedCodeId;
        }
    }
}
