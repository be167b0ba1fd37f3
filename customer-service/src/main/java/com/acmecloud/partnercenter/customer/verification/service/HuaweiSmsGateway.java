package com.acmecloud.partnercenter.customer.verification.service;

import com.acmecloud.partnercenter.platform.api.devoutbox.Masking;
import com.acmecloud.partnercenter.customer.verification.config.SmsConfig;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * Sends verification codes with Huawei Cloud Message &amp; SMS (MSGSMS): {@code POST {endpoint}/sms/batchSendSms/v1},
 * form-encoded {@code from}, {@code to}, {@code templateId}, {@code templateParas} (the code and the validity in
 * minutes), optional {@code statusCallback} and {@code signature}, authenticated by WSSE UsernameToken with the app
 * key and {@code PasswordDigest = Base64(SHA-256(nonce + created + app_secret))}. Accepted when the answer's
 * {@code code} is {@code 000000}. Anything else (not configured, refused, unreachable, timed out) fails the send
 * with the retryable SMS_DELIVERY_FAILED; the log names Huawei's code and a masked number, never the code, the
 * text or the credentials.
 */
@ApplicationScoped
@Typed(HuaweiSmsGateway.class)
public class HuaweiSmsGateway implements SmsGateway {

    static final String PATH = "/sms/batchSendSms/v1";
    static final String AUTHORIZATION = "WSSE realm=\"SDP\",profile=\"UsernameToken\",type=\"Appkey\"";
    private static final String SUCCESS = "000000";
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger("sms");

    private final SmsConfig.Huawei config;
    private final Clock clock;
    private final WebClient client;

    HuaweiSmsGateway(SmsConfig config, Vertx vertx, Clock clock) {
        this.config = config.huawei();
        this.clock = clock;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setUserAgent("partnercenter-customer-service"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public Uni<Void> deliver(VerificationSms sms) {
        String templateId = sms.english() && config.templateIdEn().isPresent() ? config.templateIdEn().get()
                : config.templateIdZh().orElse(null);
        if (config.appKey().isEmpty() || config.appSecret().isEmpty() || config.sender().isEmpty()
                || templateId == null) {
            LOG.warn("SMS not sent: Huawei MSGSMS is not configured (partnercenter.sms.huawei.app-key, app-secret, "
                    + "sender and template-id-zh are required)");
            return Uni.createFrom().failure(new CbcException(CbcError.SMS_DELIVERY_FAILED));
        }
        MultiMap form = MultiMap.caseInsensitiveMultiMap()
                .add("from", config.sender().get())
                .add("to", "+86" + nationalNumber(sms.mobilePhone()))
                .add("templateId", templateId)
                .add("templateParas", new JsonArray().add(sms.code()).add(Integer.toString(sms.validMinutes()))
                        .encode());
        config.statusCallback().ifPresent(callback -> form.add("statusCallback", callback));
        config.signature().ifPresent(signature -> form.add("signature", signature));
        String recipient = Masking.recipient(sms.mobilePhone());
        return client.postAbs(stripTrailingSlash(config.endpoint()) + PATH)
                .timeout(config.timeout().toMillis())
                .putHeader("Authorization", AUTHORIZATION)
                .putHeader("X-WSSE", wsse(config.appKey().get(), config.appSecret().get()))
                .putHeader("Accept", "application/json")
                .sendForm(form, StandardCharsets.UTF_8.name())
                .onFailure().transform(failure -> {
                    LOG.warnf("SMS to %s not sent: Huawei MSGSMS unreachable (%s)", recipient,
                            failure.getClass().getSimpleName());
                    return new CbcException(CbcError.SMS_DELIVERY_FAILED);
                })
                .invoke(response -> accepted(response, recipient))
                .replaceWithVoid();
    }

    private static void accepted(HttpResponse<?> response, String recipient) {
        String code = null;
        String description = null;
        try {
            JsonObject body = response.bodyAsJsonObject();
            if (body != null) {
                code = body.getString("code");
                description = body.getString("description");
            }
        } catch (RuntimeException notJson) {
            // the code stays null: refused below
        }
        if (response.statusCode() / 100 != 2 || !SUCCESS.equals(code)) {
            LOG.warnf("SMS to %s not sent: Huawei MSGSMS answered HTTP %d, code %s (%s)", recipient,
                    response.statusCode(), code, description);
            throw new CbcException(CbcError.SMS_DELIVERY_FAILED);
        }
        LOG.infof("SMS verification code sent to %s (Huawei MSGSMS)", recipient);
    }

    /** {@code UsernameToken Username="…",PasswordDigest="…",Nonce="…",Created="…"}. */
    String wsse(String appKey, String appSecret) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        String created = CREATED.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return "UsernameToken Username=\"" + appKey + "\",PasswordDigest=\"" + passwordDigest(nonce, created, appSecret)
                + "\",Nonce=\"" + nonce + "\",Created=\"" + created + "\"";
    }

    /** Base64(SHA-256(nonce + created + app_secret)). */
    static String passwordDigest(String nonce, String created, String appSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((nonce + created + appSecret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 0086-13800000000} → {@code 13800000000}. */
    private static String nationalNumber(String mobilePhone) {
        return mobilePhone.startsWith("0086-") ? mobilePhone.substring(5) : mobilePhone;
    }

    private static String stripTrailingSlash(String endpoint) {
        return endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    }
}
