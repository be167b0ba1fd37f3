package com.acmecloud.partnercenter.partner.registration.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.registration.config.EmailBindingConfig;
import com.acmecloud.partnercenter.partner.registration.domain.EmailBindingCode;
import com.acmecloud.partnercenter.partner.registration.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.registration.repository.EmailBindingCodeRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.mail.OutgoingMail;
import com.acmecloud.partnercenter.platform.api.verification.OneTimeCodes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Binds the partner's contact e-mail by a one-time code sent to it (rule 1), with rule 21's limits of SMS codes:
 * at most {@code max-per-hour} / {@code max-per-day} codes per address and per partner (CBC.99004015), a code
 * expires (CBC.99004008), works once, and only its salted hash is stored.
 * <p>
 * Brute force: a code has 10^6 values, so what bounds guessing is the number of wrong guesses, not the number of
 * codes. Failed checks are therefore counted per rolling window ({@code failed-checks-window}, 24 hours), added up
 * over every code sent for the partner <em>or</em> to its address, and a new code does not reset them: once they
 * reach {@code max-failed-attempts} (3) every check and every new code is refused (CBC.99004009) until the failing
 * codes leave the window. Counting by address as well as by partner means that several partner accounts naming the
 * same address share one budget. So the address gets at most 3 guesses per day, whatever the number of resends or
 * accounts: about 1,100 guesses a year against 10^6 values.
 */
@ApplicationScoped
public class EmailBindingService {

    private final PartnerRepository partners;
    private final EmailBindingCodeRepository codes;
    private final PartnerEventPublisher events;
    private final OutgoingMail mail;
    private final EmailBindingConfig config;
    private final Clock clock;

    EmailBindingService(PartnerRepository partners, EmailBindingCodeRepository codes, PartnerEventPublisher events,
                        OutgoingMail mail, EmailBindingConfig config, Clock clock) {
        this.partners = partners;
        this.codes = codes;
        this.events = events;
        this.mail = mail;
        this.config = config;
        this.clock = clock;
    }

    public record CodeSent(String email, Instant expiresAt) {
    }

    /** A checked code: the partner whose e-mail is now bound, or why the code was refused. */
    private record Check(Partner bound, CbcError refusal) {
    }

    /**
     * Sends a new code to the contact e-mail; only the newest code counts. Refused beyond the send limits, and while
     * the failed checks of the window block the partner or the address. The mail goes out inside the transaction:
     * if it cannot be sent (CBC.99004003), the new code is not stored and uses none of the limits.
     */
    @WithTransaction
    public Uni<CodeSent> sendCode(String partnerId) {
        // microseconds, as the column keeps them: two codes sent within one second must still have an order, since
        // only the newest counts
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return lockPartner(partnerId).chain(partner -> {
            if (partner.emailBound()) {
                throw new CbcException(CbcError.EMAIL_ALREADY_BOUND);
            }
            String email = partner.contactEmail;
            return codes.lockAddress(email)
                    .chain(() -> requireWithinSendLimits(partnerId, email, now))
                    .chain(() -> failedInWindow(partnerId, email)).invoke(failed -> {
                        if (failed >= config.maxFailedAttempts()) {
                            throw new CbcException(CbcError.VERIFICATION_CODE_LOCKED);
                        }
                    })
                    .chain(() -> {
                        String code = OneTimeCodes.newCode();
                        EmailBindingCode row = new EmailBindingCode();
                        row.codeId = UUID.randomUUID();
                        row.partnerId = partnerId;
                        row.email = email;
                        row.codeHash = OneTimeCodes.hash(row.codeId, code);
                        row.createdAt = now;
                        row.expiresAt = now.truncatedTo(ChronoUnit.SECONDS).plus(config.codeTtl());
                        long minutes = config.codeTtl().toMinutes();
                        return codes.persist(row)
                                .call(() -> mail.send("E-mail binding code", email,
                                        "Partner Center: confirm your e-mail address",
                                        "Your verification code is " + code + ". It expires in " + minutes
                                                + " minutes.",
                                        Map.of("code", code, "partner_id", partnerId,
                                                "valid_minutes", Long.toString(minutes)),
                                        CbcError.VERIFICATION_CODE_SEND_FAILED))
                                .map(sent -> new CodeSent(sent.email, sent.expiresAt));
                    });
        });
    }

    private Uni<Void> requireWithinSendLimits(String partnerId, String email, Instant now) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        Instant dayAgo = now.minus(Duration.ofDays(1));
        return codes.sentToAddressSince(email, hourAgo)
                .chain(addressHour -> codes.sentToAddressSince(email, dayAgo)
                        .invoke(addressDay -> OneTimeCodes.requireWithinSendLimits(addressHour, addressDay,
                                config.maxPerHour(), config.maxPerDay())))
                .chain(() -> codes.sentForPartnerSince(partnerId, hourAgo))
                .chain(partnerHour -> codes.sentForPartnerSince(partnerId, dayAgo)
                        .invoke(partnerDay -> OneTimeCodes.requireWithinSendLimits(partnerHour, partnerDay,
                                config.maxPerHour(), config.maxPerDay())))
                .replaceWithVoid();
    }

    private Uni<Long> failedInWindow(String partnerId, String email) {
        return codes.failedChecksSince(partnerId, email, clock.instant().minus(config.failedChecksWindow()));
    }

    /**
     * Checks the code against the partner's newest code for its contact e-mail. A wrong code counts as a failed
     * check and that count is kept even though the request fails (the transaction commits, then the request
     * fails), so the block cannot be dodged by failing requests.
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
            String email = partner.contactEmail;
            return codes.lockAddress(email)
                    .chain(() -> codes.latestUnused(partnerId, email))
                    .chain(row -> {
                        if (row == null) {
                            throw new CbcException(CbcError.VERIFICATION_CODE_NOT_SENT);
                        }
                        return failedInWindow(partnerId, email).chain(failed -> {
                            Instant now = clock.instant();
                            return switch (row.check(code, now, failed, config.maxFailedAttempts())) {
                                case LOCKED -> Uni.createFrom().item(new Check(null, CbcError.VERIFICATION_CODE_LOCKED));
                                case EXPIRED -> Uni.createFrom().item(new Check(null, CbcError.VERIFICATION_CODE_EXPIRED));
                                case WRONG -> Uni.createFrom().item(new Check(null, CbcError.VERIFICATION_CODE_WRONG));
                                case ACCEPTED -> {
                                    row.usedAt = now;
                                    partner.emailBoundAt = now.truncatedTo(ChronoUnit.SECONDS);
                                    yield events.emailBound(partner).replaceWith(new Check(partner, null));
                                }
                            };
                        });
                    });
        });
    }

    private Uni<Partner> lockPartner(String partnerId) {
        return partners.lock(partnerId).onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
    }
}
