package com.acmecloud.partnercenter.partner.registration.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.registration.config.EmailBindingConfig;
import com.acmecloud.partnercenter.partner.registration.domain.EmailVerification;
import com.acmecloud.partnercenter.partner.registration.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.registration.repository.EmailVerificationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Binds the partner's contact e-mail by a one-time code sent to it: the code expires, is locked after a
 * configured number of failed checks, works once, and only its hash is stored.
 */
@ApplicationScoped
public class EmailBindingService {

    private final PartnerRepository partners;
    private final EmailVerificationRepository verifications;
    private final PartnerEventPublisher events;
    private final ReactiveMailer mailer;
    private final EmailBindingConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmailBindingService(PartnerRepository partners, EmailVerificationRepository verifications,
                        PartnerEventPublisher events, ReactiveMailer mailer, EmailBindingConfig config, Clock clock) {
        this.partners = partners;
        this.verifications = verifications;
        this.events = events;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    public record CodeSent(String email, Instant expiresAt) {
    }

    /** A checked code: the partner whose e-mail is now bound, or why the code was refused. */
    private record Check(Partner bound, CbcError refusal) {
    }

    /**
     * Sends a new code to the contact e-mail, replacing any earlier one. The mail goes out inside the
     * transaction: if it cannot be sent, the new code is not stored and the earlier one stays valid.
     */
    @WithTransaction
    public Uni<CodeSent> sendCode(String partnerId) {
        return lockPartner(partnerId).chain(partner -> {
            if (partner.emailBound()) {
                throw new CbcException(CbcError.EMAIL_ALREADY_BOUND);
            }
            String code = "%06d".formatted(random.nextInt(1_000_000));
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            return verifications.findById(partnerId)
                    .chain(found -> {
                        EmailVerification verification = found == null ? new EmailVerification() : found;
                        verification.partnerId = partnerId;
                        verification.email = partner.contactEmail;
                        verification.codeHash = hash(code);
                        verification.sentAt = now;
                        verification.expiresAt = now.plus(config.codeTtl());
                        verification.failedAttempts = 0;
                        return verifications.persist(verification);
                    })
                    .call(() -> mailer.send(Mail.withText(partner.contactEmail,
                            "Partner Center: confirm your e-mail address", "Your verification code is " + code
                                    + ". It expires in " + config.codeTtl().toMinutes() + " minutes.")))
                    .map(verification -> new CodeSent(verification.email, verification.expiresAt));
        });
    }

    /**
     * Checks the code. A wrong code counts as a failed attempt and that count is kept even though the
     * request fails (the transaction commits, then the request fails), so the lock cannot be dodged by
     * failing requests.
     */
    public Uni<Partner> confirm(String partnerId, String code) {
        return Panache.withTransaction(() -> check(partnerId, code)).map(check -> {
            if (check.refusal() != null) {
                throw new CbcException(check.refusal());
            }
            return check.bound();
        });
    }

    private Uni<Check> check(String partnerId, String code) {
        return lockPartner(partnerId).chain(partner -> {
            if (partner.emailBound()) {
                throw new CbcException(CbcError.EMAIL_ALREADY_BOUND);
            }
            return verifications.findById(partnerId).chain(verification -> {
                if (verification == null || !verification.email.equals(partner.contactEmail)) {
                    throw new CbcException(CbcError.VERIFICATION_CODE_NOT_SENT);
                }
                if (verification.failedAttempts >= config.maxFailedAttempts()) {
                    throw new CbcException(CbcError.VERIFICATION_CODE_LOCKED);
                }
                if (!clock.instant().isBefore(verification.expiresAt)) {
                    throw new CbcException(CbcError.VERIFICATION_CODE_EXPIRED);
                }
                if (!MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                        verification.codeHash.getBytes(StandardCharsets.US_ASCII))) {
                    verification.failedAttempts++;
                    return Uni.createFrom().item(new Check(null,
                            verification.failedAttempts >= config.maxFailedAttempts()
                                    ? CbcError.VERIFICATION_CODE_LOCKED : CbcError.VERIFICATION_CODE_WRONG));
                }
                partner.emailBoundAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                return verifications.delete(verification)
                        .chain(() -> events.emailBound(partner))
                        .replaceWith(new Check(partner, null));
            });
        });
    }

    private Uni<Partner> lockPartner(String partnerId) {
        return partners.lock(partnerId).onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
