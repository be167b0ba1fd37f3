package com.acmecloud.partnercenter.platform.security.identity;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the partner the token names, or an operator. Read by services, never parsed by hand. The claims
 * are well-formed by the time an operation runs ({@link TokenClaimsFilter}: ids of at most 64 safe characters,
 * names of at most 128).
 */
@RequestScoped
public class Caller {

    public static final String PARTNER_ID_CLAIM = "partner_id";
    public static final String CUSTOMER_ID_CLAIM = "customer_id";
    public static final String EMAIL_CLAIM = "email";
    /** The site a customer registered on ({@link Site}); absent means the site of the deployment. */
    public static final String SITE_CLAIM = "site";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<String> partnerId() {
        return claim(identity, PARTNER_ID_CLAIM);
    }

    /** The customer account a customer's token names (Huawei's domain id), if it names one. */
    public Optional<String> customerId() {
        return claim(identity, CUSTOMER_ID_CLAIM);
    }

    /** The site the token says its customer registered on; empty when it says none (validated by TokenClaimsFilter). */
    public Optional<Site> site() {
        return claim(identity, SITE_CLAIM).flatMap(Site::of);
    }

    /** The e-mail address the token carries (OIDC standard claim {@code email}), if any. */
    public Optional<String> email() {
        return claim(identity, EMAIL_CLAIM);
    }

    /** The caller's partner id; a partner token without one is refused. */
    public String requirePartnerId() {
        return partnerId().orElseThrow(() -> new CbcException(CbcError.PARTNER_ID_MISSING));
    }

    public boolean isOperator() {
        return identity.hasRole(Roles.OPERATOR);
    }

    /** The name recorded in audit fields and events (the token's preferred user name or subject). */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The person behind the token: its {@code sub} claim (stable across user-name changes), or the
     * principal name when the token has none.
     */
    public String subject() {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null && !token.getSubject().isBlank()) {
            return token.getSubject();
        }
        return name();
    }

    public static Optional<String> partnerIdOf(SecurityIdentity identity) {
        return claim(identity, PARTNER_ID_CLAIM);
    }

    static Optional<String> claim(SecurityIdentity identity, String name) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(name);
        if (claim == null) {
            return Optional.empty();
        }
        String value = (claim instanceof JsonString text ? text.getString() : claim.toString()).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
