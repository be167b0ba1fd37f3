package com.acmecloud.partnercenter.platform.security.tokencache;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token that Quarkus OIDC verified earlier (same raw token, same tenant, before its deadline) from
 * {@link VerifiedTokenCache}, with a new identity for this request. For anything else it answers nothing, and Quarkus
 * security asks the next provider: Quarkus OIDC's, which verifies the token as if this class did not exist.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Authentication-request attribute marking an identity this provider built ({@link VerifiedTokenRecorder}). */
    static final String ANSWERED_FROM_CACHE = "partnercenter.verified-token-cache.hit";
    /** Before Quarkus OIDC's provider, which has the default priority ({@code SYSTEM_FIRST + 1}). */
    private static final int PRIORITY = SYSTEM_FIRST + 1000;
    private static final Uni<SecurityIdentity> NOT_CACHED = Uni.createFrom().nullItem();

    private final VerifiedTokenCache cache;

    CachedTokenIdentityProvider(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!cache.enabled() || !(request.getToken() instanceof AccessTokenCredential credential)
                || credential.isOpaque() || credential.getToken() == null) {
            return NOT_CACHED;
        }
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || VerifiedToken.checkedAgainstRequest(routing)) {
            return NOT_CACHED;
        }
        String tenantId = routing.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        return cache.find(credential.getToken(), tenantId)
                .map(token -> {
                    request.setAttribute(ANSWERED_FROM_CACHE, Boolean.TRUE);
                    return Uni.createFrom().item(token.identityFor(credential, routing, context));
                })
                .orElse(NOT_CACHED);
    }
}
