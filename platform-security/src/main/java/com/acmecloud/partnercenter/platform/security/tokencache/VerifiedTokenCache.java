package com.acmecloud.partnercenter.platform.security.tokencache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bearer JWTs this replica has verified, by the SHA-256 of the raw token (the token itself is never a key), each
 * until its {@link VerifiedToken#deadlineMillis() deadline}. Only {@link VerifiedTokenRecorder} adds entries, and only
 * for identities Quarkus OIDC has just built, so a token that failed verification is never here.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    private final VerifiedTokenCacheConfig config;
    private final Cache<String, VerifiedToken> tokens;

    VerifiedTokenCache(VerifiedTokenCacheConfig config) {
        this.config = config;
        this.tokens = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfter(new UntilDeadline())
                .recordStats()
                .build();
    }

    boolean enabled() {
        return config.enabled();
    }

    /**
     * The earlier verification of exactly this token for this OIDC tenant, if it is still within its deadline by the
     * wall clock Quarkus OIDC checks {@code exp} against.
     */
    Optional<VerifiedToken> find(String rawToken, String tenantId) {
        VerifiedToken token = tokens.getIfPresent(keyOf(rawToken));
        if (token == null || !token.isFor(rawToken, tenantId) || System.currentTimeMillis() >= token.deadlineMillis()) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    void remember(VerifiedToken token) {
        tokens.put(keyOf(token.rawToken()), token);
    }

    /** Whether a verification of this token is held (tests; not counted in {@link #stats()}). */
    boolean holds(String rawToken) {
        return tokens.asMap().containsKey(keyOf(rawToken));
    }

    /** Hits and misses so far (tests, diagnostics). */
    CacheStats stats() {
        return tokens.stats();
    }

    static String keyOf(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Each entry leaves the cache at its own deadline; reads do not extend it. */
    private static final class UntilDeadline implements Expiry<String, VerifiedToken> {

        @Override
        public long expireAfterCreate(String key, VerifiedToken token, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, token.deadlineMillis() - System.currentTimeMillis()));
        }

        @Override
        public long expireAfterUpdate(String key, VerifiedToken token, long currentTime, long currentDuration) {
            return expireAfterCreate(key, token, currentTime);
        }

        @Override
        public long expireAfterRead(String key, VerifiedToken token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
