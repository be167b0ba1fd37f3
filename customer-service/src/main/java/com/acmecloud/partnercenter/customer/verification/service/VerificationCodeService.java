package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.verification.config.VerificationCodeConfig;
import com.acmecloud.partnercenter.customer.verification.domain.VerificationCode;
import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Rule 21: sends SMS verification codes (rate-limited per phone) and checks them. */
@ApplicationScoped
public class VerificationCodeService {

    /** Huawei's scene 29: registering a customer. */
    public static final short SCENE_REGISTER = 29;
    /** Huawei's scene 18: bank-card real-name authentication of a customer (rule 51). */
    public static final short SCENE_BANK_CARD_REAL_NAME = 18;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VerificationCodeRepository codes;
    private final VerificationCodeConfig config;
    private final SmsGateway sms;
    private final Clock clock;

    VerificationCodeService(VerificationCodeRepository codes, VerificationCodeConfig config, SmsGateway sms,
                            Clock clock) {
        this.codes = codes;
        this.config = config;
        this.sms = sms;
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
        Instant now = clock.instant();
        return codes.lockPhone(mobilePhone)
                .chain(() -> codes.sentSince(mobilePhone, now.minus(Duration.ofHours(1))))
                .chain(lastHour -> codes.sentSince(mobilePhone, now.minus(Duration.ofDays(1))).invoke(lastDay -> {
                    if (lastHour >= config.maxPerHour() || lastDay >= config.maxPerDay()) {
                        throw new CbcException(CbcError.VERIFICATION_CODE_SEND_LIMIT);
                    }
                }))
                .chain(() -> {
                    int minutes = CustomerAccountRules.timeoutMinutes(timeoutMinutes, config.defaultTimeoutMinutes(),
                            config.maxTimeoutMinutes(), config.overMaxTimeoutMinutes());
                    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
                    VerificationCode row = new VerificationCode();
                    row.codeId = UUID.randomUUID();
                    row.mobilePhone = mobilePhone;
                    row.scene = scene;
                    row.customerId = customerId;
                    row.codeHash = VerificationCode.hash(row.codeId, code);
                    row.sentBy = sentBy;
                    row.createdAt = now;
                    row.expiresAt = now.plus(Duration.ofMinutes(minutes));
                    return codes.persist(row).invoke(() -> sms.deliver(mobilePhone, "en-us".equals(lang)
                            ? "Your verification code is " + code + ". It is valid for " + minutes + " minutes."
                            : "您的验证码为" + code + "，" + minutes + "分钟内有效。"));
                })
                .replaceWithVoid();
    }
}
