package com.acmecloud.partnercenter.platform.security.idempotency;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * {@code Idempotency-Key} on creating POSTs. The first request with a key runs and its answer is stored
 * in the same transaction as its effects; the same key with the same body replays that answer; the same
 * key with another body is refused with CBC.99007009. A failed request stores nothing, so it may be retried
 * with the same key. Keys are per partner and expire after {@code partnercenter.idempotency.retention}.
 *
 * <p>The body is kept only as a fingerprint: HMAC-SHA256 under {@code partnercenter.idempotency.fingerprint-key} of
 * the operation and the body's JSON. Records written before fingerprints were keyed hold the unkeyed
 * SHA-256; a retry of such a request still replays until the record expires.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final String HMAC = "HmacSHA256";

    private final ObjectMapper mapper;
    private final IdempotencyConfig config;
    private final Clock clock;
    private final SecretKeySpec fingerprintKey;

    IdempotentRequests(ObjectMapper mapper, IdempotencyConfig config, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
        if (config.fingerprintKey() == null || config.fingerprintKey().isBlank()) {
            throw new IllegalStateException("partnercenter.idempotency.fingerprint-key must be set");
        }
        this.fingerprintKey = new SecretKeySpec(config.fingerprintKey().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /**
     * Opens the request's reactive transaction (or joins the caller's) and runs the action inside it, so the
     * answer is stored atomically with the action's effects.
     *
     * @param operation names the operation (e.g. {@code POST /v2/partners/registrations}) so one key
     *                  cannot replay the answer of another operation
     * @param action    runs the request in this transaction and returns its response (entity serialisable)
     */
    public Uni<Response> execute(String key, String partnerId, String operation, Object requestBody,
                                 Supplier<Uni<Response>> action) {
        if (key == null) {
            return Panache.withTransaction(action);
        }
        if (!KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of(HEADER, CbcError.PARAMETER_ERROR, "must be 1 to 64 printable ASCII characters"))));
        }
        byte[] canonicalBody = canonical(requestBody);
        String hash = fingerprint(operation, canonicalBody);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("DELETE FROM idempotency_record WHERE partner_id = :partner AND idempotency_key = :key AND expires_at < :now")
                .setParameter("partner", partnerId).setParameter("key", key).setParameter("now", now)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                                INSERT INTO idempotency_record (partner_id, idempotency_key, request_hash, created_at, expires_at)
                                VALUES (:partner, :key, :hash, :now, :expires)
                                ON CONFLICT (partner_id, idempotency_key) DO NOTHING""")
                        .setParameter("partner", partnerId).setParameter("key", key).setParameter("hash", hash)
                        .setParameter("now", now).setParameter("expires", now.plus(config.retention()))
                        .executeUpdate())
                .chain(claimed -> claimed == 0
                        ? replay(session, partnerId, key, hash, () -> unkeyedFingerprint(operation, canonicalBody))
                        : action.get().call(response -> session.createNativeQuery("""
                                        UPDATE idempotency_record SET status_code = :status, response_body = :body
                                        WHERE partner_id = :partner AND idempotency_key = :key""")
                                .setParameter("status", response.getStatus())
                                .setParameter("body", serialise(response.getEntity()))
                                .setParameter("partner", partnerId).setParameter("key", key)
                                .executeUpdate()))));
    }

    private Uni<Response> replay(Mutiny.Session session, String partnerId, String key, String hash,
                                 Supplier<String> unkeyedHash) {
        return session.<Object[]>createNativeQuery("""
                        SELECT request_hash, status_code, response_body FROM idempotency_record
                        WHERE partner_id = :partner AND idempotency_key = :key""")
                .setParameter("partner", partnerId).setParameter("key", key)
                .getSingleResult()
                .map(stored -> {
                    String storedHash = stored[0].toString().trim();
                    if (!hash.equals(storedHash) && !unkeyedHash.get().equals(storedHash)) {
                        throw new CbcException(CbcError.IDEMPOTENCY_KEY_REUSED);
                    }
                    return Response.status(((Number) stored[1]).intValue())
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(stored[2])
                            .header(REPLAYED_HEADER, "true")
                            .build();
                });
    }

    @Scheduled(identity = "idempotency-purge", every = "1h", delayed = "1m")
    Uni<Void> purgeExpired() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM idempotency_record WHERE expires_at < :now")
                        .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .executeUpdate()))
                .replaceWithVoid();
    }

    private String serialise(Object entity) {
        try {
            return entity == null ? null : mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for replay", e);
        }
    }

    /** The body as the fingerprint covers it: its JSON tree written in the wire format. */
    private byte[] canonical(Object requestBody) {
        try {
            return mapper.writeValueAsBytes(mapper.valueToTree(requestBody));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request cannot be fingerprinted", e);
        }
    }

    /** HMAC-SHA256 under the server key: a body's fingerprint reveals nothing of its fields. */
    String fingerprint(String operation, byte[] canonicalBody) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(fingerprintKey);
            mac.update(operation.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(canonicalBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Request cannot be fingerprinted", e);
        }
    }

    /**
     * The unkeyed SHA-256 that records stored before the switch to HMAC hold; only compared, never stored. Such
     * records are gone one retention period after the switch, and this with them.
     */
    private static String unkeyedFingerprint(String operation, byte[] canonicalBody) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(canonicalBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Request cannot be fingerprinted", e);
        }
    }
}
