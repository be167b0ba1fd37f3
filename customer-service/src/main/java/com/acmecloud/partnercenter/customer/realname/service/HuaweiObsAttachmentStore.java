package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.realname.config.RealNameConfig;
import com.acmecloud.partnercenter.customer.realname.domain.StoredObject;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Looks attachments up with Huawei Cloud OBS's HeadObject ({@code HEAD /{key}} on the bucket's endpoint), signed
 * with OBS's V2 header signature: {@code Authorization: OBS <AK>:<Base64(HMAC-SHA1(SK, StringToSign))>}, where
 * StringToSign is {@code HEAD\n\n\n<Date>\n/<bucket>/<key>} (no Content-MD5, no Content-Type, no {@code x-obs-}
 * headers). 200 is the object (Content-Length, Content-Type), 404 none; 403 (the bucket does not let this service
 * read it) is CBC.99005030; anything else, an unreachable store or a timeout the retryable CBC.91005036. The log names
 * the bucket and the HTTP status, never the key, the access key or the signature.
 */
@ApplicationScoped
@Typed(HuaweiObsAttachmentStore.class)
public class HuaweiObsAttachmentStore implements AttachmentStore {

    /** RFC 1123 with a two-digit day, as HTTP's Date header. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);
    private static final Logger LOG = Logger.getLogger("realname");

    private final RealNameConfig.Obs config;
    private final WebClient client;

    HuaweiObsAttachmentStore(RealNameConfig config, Vertx vertx) {
        this.config = config.attachments().obs();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setUserAgent("partnercenter-customer-service"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public Uni<StoredObject> head(String bucket, String region, String key) {
        String encodedKey = encodePath(key);
        // OBS allows 15 minutes of clock skew: the wall clock, never the service's (testable) domain clock
        String date = HTTP_DATE.format(Instant.now());
        String signature = sign(config.secretAccessKey().orElseThrow(),
                stringToSign("HEAD", date, "/" + bucket + "/" + encodedKey));
        return client.headAbs(url(bucket, region == null || region.isBlank() ? config.defaultRegion() : region,
                        encodedKey))
                .timeout(config.timeout().toMillis())
                .putHeader("Date", date)
                .putHeader("Authorization", "OBS " + config.accessKeyId().orElseThrow() + ":" + signature)
                .send()
                .onFailure().transform(failure -> {
                    LOG.warnf("Real-name attachment not checked: OBS bucket %s unreachable (%s)", bucket,
                            failure.getClass().getSimpleName());
                    return new CbcException(CbcError.REAL_NAME_ATTACHMENT_STORE_UNAVAILABLE);
                })
                .map(response -> objectOf(response, bucket));
    }

    private static StoredObject objectOf(HttpResponse<?> response, String bucket) {
        return switch (response.statusCode()) {
            case 200 -> StoredObject.found(length(response.getHeader("Content-Length")),
                    response.getHeader("Content-Type"));
            case 404 -> StoredObject.MISSING;
            case 403 -> {
                LOG.warnf("Real-name attachment refused: OBS bucket %s answered HTTP 403 (the bucket does not grant "
                        + "this service's access key read access, or the key is wrong)", bucket);
                throw new CbcException(CbcError.REAL_NAME_UPLOAD_NOT_ENABLED);
            }
            default -> {
                LOG.warnf("Real-name attachment not checked: OBS bucket %s answered HTTP %d", bucket,
                        response.statusCode());
                throw new CbcException(CbcError.REAL_NAME_ATTACHMENT_STORE_UNAVAILABLE);
            }
        };
    }

    private String url(String bucket, String region, String encodedKey) {
        String endpoint = config.endpoint().replace("{region}", region);
        if (endpoint.endsWith("/")) {
            endpoint = endpoint.substring(0, endpoint.length() - 1);
        }
        return endpoint.contains("{bucket}") ? endpoint.replace("{bucket}", bucket) + "/" + encodedKey
                : endpoint + "/" + bucket + "/" + encodedKey;
    }

    /** OBS V2: verb, Content-MD5, Content-Type, Date, then the canonical headers (none here) and resource. */
    static String stringToSign(String verb, String date, String canonicalResource) {
        return verb + "\n\n\n" + date + "\n" + canonicalResource;
    }

    /** Base64(HMAC-SHA1(secret key, UTF-8 of the string to sign)). */
    static String sign(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a key's UTF-8 bytes except RFC 3986's unreserved characters and {@code /}. */
    static String encodePath(String key) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~/".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static long length(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
