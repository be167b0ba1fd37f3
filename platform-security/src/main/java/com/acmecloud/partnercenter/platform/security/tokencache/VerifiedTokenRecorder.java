package com.acmecloud.partnercenter.platform.security.tokencache;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Remembers each bearer JWT that Quarkus OIDC has just verified, in {@link VerifiedTokenCache}. Quarkus security runs
 * augmentors only on identities a provider built, so a token that failed verification never reaches this class. It runs
 * first of the augmentors, so it records the identity exactly as Quarkus OIDC built it; the others run again on each
 * cache hit. Changes nothing in the identity.
 */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;
    private final VerifiedTokenCacheConfig config;

    VerifiedTokenRecorder(VerifiedTokenCache cache, VerifiedTokenCacheConfig config) {
        this.cache = cache;
        this.config = config;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (cache.enabled() && !identity.isAnonymous()
                && !attributes.containsKey(CachedTokenIdentityProvider.ANSWERED_FROM_CACHE)) {
            VerifiedToken.of(identity, HttpSecurityUtils.getRoutingContextAttribute(attributes), config.maxAge(),
                    System.currentTimeMillis()).ifPresent(cache::remember);
        }
        return Uni.createFrom().item(identity);
    }
}
