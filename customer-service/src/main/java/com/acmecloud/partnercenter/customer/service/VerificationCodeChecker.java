package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.config.VerificationCodeConfig;
import com.acmecloud.partnercenter.customer.domain.VerificationCode;
import com.acmecloud.partnercenter.customer.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Checks a code in a transaction of its own, so that a failed check is counted even though the request that
 * carried it fails (rule 21: blocked after more than 3 failed checks).
 */
@ApplicationScoped
public class VerificationCodeChecker {

    private final VerificationCodeRepository codes;
    private final VerificationCodeConfig config;
    private final Clock clock;

    VerificationCodeChecker(VerificationCodeRepository codes, VerificationCodeConfig config, Clock clock) {
        this.codes = codes;
        this.config = config;
        this.clock = clock;
    }

    /** @return the id of the accepted code, for the caller's transaction to mark it used */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = VerificationCodeChecker.CheckFailed.class)
    public UUID check(String mobilePhone, short scene, String code) {
        codes.lockPhone(mobilePhone);
        return verdict(codes.latestUnused(mobilePhone, scene)
                .orElseThrow(() -> new CbcException(CbcError.VERIFICATION_CODE_NOT_SENT_TO_PHONE)), code);
    }

    /** Scene 18 (bank-card real-name): only a code sent for this customer counts. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = VerificationCodeChecker.CheckFailed.class)
    public UUID check(String mobilePhone, short scene, String customerId, String code) {
        codes.lockPhone(mobilePhone);
        return verdict(codes.latestUnused(mobilePhone, scene, customerId)
                .orElseThrow(() -> new CbcException(CbcError.VERIFICATION_CODE_NOT_SENT_TO_PHONE)), code);
    }

    private UUID verdict(VerificationCode row, String code) {
        return switch (row.check(code, clock.instant(), config.maxFailedChecks())) {
            case ACCEPTED -> row.codeId;
            case EXPIRED -> throw new CbcException(CbcError.VERIFICATION_CODE_EXPIRED);
            // the failed check is counted: this transaction commits, the exception only leaves it
            case WRONG -> throw new CheckFailed(CbcError.VERIFICATION_CODE_WRONG);
            case LOCKED -> throw new CheckFailed(CbcError.VERIFICATION_CODE_LOCKED);
        };
    }

    /** A failed check that must still commit (the failed-check counter). */
    public static class CheckFailed extends CbcException {
        CheckFailed(CbcError error) {
            super(error);
        }
    }
}
