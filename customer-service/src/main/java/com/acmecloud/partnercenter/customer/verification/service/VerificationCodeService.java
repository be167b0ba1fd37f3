package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.verification.config.VerificationCodeConfig;
import com.acmecloud.partnercenter.customer.verification.domain.VerificationCode;
import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.api.verification.OneTimeCodes;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rule 21: sends verification codes by SMS (rate-limited per phone) or by e-mail (the same limits per address) and
 * uses them up once checked.
 */
@ApplicationScoped
public class VerificationCodeService {

    /** Huawei's scene 29: registering a customer. */
    public static final short SCENE_REGISTER = 29;
    /** Huawei's scene 18: bank-card real-name authentication of a customer (rule 51). */
    public static final short SCENE_BANK_CARD_REAL_NAME = 18;

    private final VerificationCodeRepository codes;
    private final VerificationCodeConfig config;
    private final SmsGateway sms;
    private final VerificationEmailSender mail;
    private final VerificationCodeChecker checker;
    private final Clock clock;

    VerificationCodeService(VerificationCodeRepository codes, VerificationCodeConfig config, SmsGateway sms,
                            VerificationEmailSender mail, VerificationCodeChecker checker, Clock clock) {
        this.codes = codes;
        this.config = config;
        this.sms = sms;
        this.mail = mail;
        this.checker = checker;
        this.clock = clock;
    }

    /** @param mobilePhone already normalised to {@code 0086-1xxxxxxxxxx} */
    @WithTransaction
    public Uni<Void> send(String mobilePhone, Integer timeoutMinutes, short scene, String lang, String sentBy) {
        return send(mobilePhone, timeoutMinutes, scene, null, lang, sentBy);
    }

    /** @param customerId the customer a scene-18 code is for (null for other scenes) */
    @WithTransaction
    public Uni<Void> send(String mobilePhone, Integer timeoutMinutes, short scene, String customerId, String lang,
                          String sentBy) {
        return issue(codes.lockPhone(mobilePhone), since -> codes.sentSince(mobilePhone, since), timeoutMinutes,
                row -> {
                    row.mobilePhone = mobilePhone;
                    row.customerId = customerId;
                }, scene, sentBy,
                (code, minutes) -> sms.deliver(new VerificationSms(mobilePhone, code, minutes,
                        "en-us".equals(lang) ? "en-us" : "zh-cn")));
    }

    /**
     * An e-mail code: the limits of SMS codes apply per address (at most {@code max-per-hour} / {@code max-per-day}
     * codes; blocked after more than {@code max-failed-checks} failed checks).
     *
     * @param email already normalised (lower case)
     */
    @WithTransaction
    public Uni<Void> sendEmail(String email, Integer timeoutMinutes, short scene, String lang, String sentBy) {
        return issue(codes.lockEmail(email), since -> codes.sentToEmailSince(email, since), timeoutMinutes,
                row -> row.email = email, scene, sentBy,
                (code, minutes) -> mail.deliver(email, code, minutes, "en-us".equals(lang)));
    }

    /**
     * One code for one number or address, under its lock: refused beyond the hourly and daily limits, stored only
     * as a hash, and delivered inside the transaction, so a text or mail the provider refused stores no code (and
     * uses none of the limit).
     */
    private Uni<Void> issue(Uni<Void> lock, Function<Instant, Uni<Long>> sentSince, Integer timeoutMinutes,
                            Consumer<VerificationCode> addressee, short scene, String sentBy,
                            BiFunction<String, Integer, Uni<?>> deliver) {
        Instant now = clock.instant();
        return lock
                .chain(() -> sentSince.apply(now.minus(Duration.ofHours(1))))
                .chain(lastHour -> sentSince.apply(now.minus(Duration.ofDays(1))).invoke(lastDay ->
                        OneTimeCodes.requireWithinSendLimits(lastHour, lastDay, config.maxPerHour(),
                                config.maxPerDay())))
                .chain(() -> {
                    int minutes = CustomerAccountRules.timeoutMinutes(timeoutMinutes, config.defaultTimeoutMinutes(),
                            config.maxTimeoutMinutes(), config.overMaxTimeoutMinutes());
                    String code = OneTimeCodes.newCode();
                    VerificationCode row = new VerificationCode();
                    row.codeId = UUID.randomUUID();
                    addressee.accept(row);
                    row.scene = scene;
                    row.codeHash = VerificationCode.hash(row.codeId, code);
                    row.sentBy = sentBy;
                    row.createdAt = now;
                    row.expiresAt = now.plus(Duration.ofMinutes(minutes));
                    return codes.persist(row).call(() -> deliver.apply(code, minutes));
                })
                .replaceWithVoid();
    }

    /** Rule 21: the phone's newest code is checked (in a transaction of its own) and used up in the caller's. */
    public Uni<Void> useSmsCode(String mobilePhone, short scene, String code) {
        return checker.check(mobilePhone, scene, code).chain(codes::findById)
                .invoke(row -> row.usedAt = clock.instant()).replaceWithVoid();
    }

    /** The address's newest e-mail code is checked (in a transaction of its own) and used up in the caller's. */
    public Uni<Void> useEmailCode(String email, short scene, String code) {
        return checker.checkEmail(email, scene, code).chain(codes::findById)
                .invoke(row -> row.usedAt = clock.instant()).replaceWithVoid();
    }
}
