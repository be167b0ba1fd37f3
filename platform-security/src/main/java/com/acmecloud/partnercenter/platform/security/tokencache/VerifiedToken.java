package com.acmecloud.partnercenter.platform.security.tokencache;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcProviderClient;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.common.runtime.OidcConstants;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Permission;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;

/**
 * What Quarkus OIDC established about one bearer JWT: its claims, the roles and permissions it mapped, and the identity
 * attributes that depend only on the token and the tenant. {@link #identityFor} builds a new identity from it for each
 * later request, with that request's credential, routing context and blocking-call context. Never printed: the claims
 * hold the raw token.
 */
final class VerifiedToken {

    /** Identity attributes Quarkus OIDC 3.33 sets for a locally verified JWT that are the same for every request. */
    private static final Set<String> TOKEN_ATTRIBUTES = Set.of(OidcUtils.TENANT_ID_ATTRIBUTE,
            OidcUtils.CONFIG_METADATA_ATTRIBUTE, OidcProviderClient.class.getName(),
            OidcUtils.QUARKUS_IDENTITY_EXPIRE_TIME);
    /** Identity attributes that belong to the request the identity was built for: each hit sets its own. */
    private static final Set<String> REQUEST_ATTRIBUTES = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());
    /**
     * Routing-context entries of a request whose token must be checked against the request itself (a DPoP proof, a
     * client certificate bound to the token, a step-up authentication policy): such requests always go to Quarkus OIDC.
     */
    private static final List<String> REQUEST_BOUND_CHECKS = List.of(OidcUtils.DPOP_PROOF,
            OidcConstants.X509_SHA256_THUMBPRINT, "io.quarkus.oidc.runtime.step-up-auth");

    private final String rawToken;
    private final String tenantId;
    private final JwtClaims claims;
    private final String principalClaim;
    private final Set<String> roles;
    private final Set<Permission> permissions;
    private final Map<String, Object> attributes;
    private final long deadlineMillis;

    private VerifiedToken(String rawToken, String tenantId, OidcJwtCallerPrincipal principal, String principalClaim,
            SecurityIdentity identity, Map<String, Object> attributes, long deadlineMillis) {
        this.rawToken = rawToken;
        this.tenantId = tenantId;
        this.claims = principal.getClaims();
        this.principalClaim = principalClaim;
        this.roles = Set.copyOf(identity.getRoles());
        this.permissions = Set.copyOf(identity.getPermissions());
        this.attributes = Map.copyOf(attributes);
        this.deadlineMillis = deadlineMillis;
    }

    /**
     * The verification an identity records, if it is one this cache can reuse: Quarkus OIDC built it from a JWT bearer
     * access token (not opaque, not introspected, no UserInfo, no request-bound proof) for the given request.
     */
    static Optional<VerifiedToken> of(SecurityIdentity identity, RoutingContext request, Duration maxAge, long nowMillis) {
        if (request == null || checkedAgainstRequest(request)
                || identity.getAttribute(RoutingContext.class.getName()) != request
                || !(identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal)
                || !(principal.getCredential() instanceof AccessTokenCredential credential)
                || credential.isOpaque() || credential.getToken() == null
                || !identity.getCredentials().equals(Set.of(credential))) {
            return Optional.empty();
        }
        Map<String, Object> kept = new HashMap<>();
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (TOKEN_ATTRIBUTES.contains(attribute.getKey())) {
                kept.put(attribute.getKey(), attribute.getValue());
            } else if (!REQUEST_ATTRIBUTES.contains(attribute.getKey())) {
                return Optional.empty(); // e.g. UserInfo or introspection: not a local verification alone
            }
        }
        OidcTenantConfig tenant = request.get(OidcTenantConfig.class.getName());
        Object tenantId = kept.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        if (tenant == null || tenantId == null
                || !tenantId.equals(tenant.tenantId().orElse(OidcUtils.DEFAULT_TENANT_ID))) {
            return Optional.empty();
        }
        return deadline(principal, tenant.token().age(), maxAge, nowMillis)
                .map(deadline -> new VerifiedToken(credential.getToken(), (String) tenantId, principal,
                        tenant.token().principalClaim().orElse(null), identity, kept, deadline));
    }

    /**
     * The instant (epoch milliseconds) from which the verification is no longer reused: the token's {@code exp} (Quarkus
     * OIDC accepts a token while the current second is before it), {@code iat} + the tenant's maximum token age when
     * one is configured, and now + the cache's maximum age, whichever comes first. None for a token without {@code exp}.
     */
    static Optional<Long> deadline(JsonWebToken token, Optional<Duration> maxTokenAge, Duration maxAge, long nowMillis) {
        long expiresAt = token.getExpirationTime();
        if (expiresAt <= 0) {
            return Optional.empty();
        }
        long deadline = Math.min(expiresAt * 1000, nowMillis + maxAge.toMillis());
        if (maxTokenAge.isPresent()) {
            long issuedAt = token.getIssuedAtTime();
            if (issuedAt <= 0) {
                return Optional.empty();
            }
            deadline = Math.min(deadline, (issuedAt + maxTokenAge.get().toSeconds()) * 1000);
        }
        return Optional.of(deadline);
    }

    /** Whether Quarkus OIDC would check this request's token against the request itself. */
    static boolean checkedAgainstRequest(RoutingContext request) {
        for (String check : REQUEST_BOUND_CHECKS) {
            if (request.get(check) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A new identity for the current request, as Quarkus OIDC would have built it: a new principal over the same claims
     * with this request's credential, the roles and permissions OIDC mapped, and this request's routing context.
     */
    SecurityIdentity identityFor(TokenCredential credential, RoutingContext request, AuthenticationRequestContext context) {
        request.put(AuthenticationRequestContext.class.getName(), context);
        JwtClaims copy = new JwtClaims();
        claims.getClaimsMap().forEach(copy::setClaim);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new OidcJwtCallerPrincipal(copy, credential, principalClaim))
                .addCredential(credential)
                .addRoles(roles)
                .addPermissions(permissions)
                .addAttributes(attributes)
                .addAttribute(RoutingContext.class.getName(), request)
                .addAttribute(AuthenticationRequestContext.class.getName(), context)
                .build();
    }

    /** Whether this is the verification of exactly this token, for this tenant. */
    boolean isFor(String presentedToken, String presentedTenantId) {
        return tenantId.equals(presentedTenantId) && MessageDigest.isEqual(
                rawToken.getBytes(StandardCharsets.US_ASCII), presentedToken.getBytes(StandardCharsets.US_ASCII));
    }

    String rawToken() {
        return rawToken;
    }

    long deadlineMillis() {
        return deadlineMillis;
    }

    @Override
    public String toString() {
        return "VerifiedToken[tenant=" + tenantId + ", deadline=" + deadlineMillis + "]";
    }
}
