package com.acmecloud.partnercenter.platform.security.identity;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.json.ControlCharacters;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one check of what a valid token says about its caller, before any operation reads it through {@link Caller}:
 * {@code partner_id} and {@code customer_id} are 1 to 64 letters, digits, {@code -} or {@code _} (the ids the
 * services key their tables by), and the user name and subject are at most 128 characters without control
 * characters (they are stored as who did what), and {@code site}, when present, is {@code CN} or {@code INTL}
 * ({@link Site}). Anything else is refused with 403 CBC.0155 naming the claim,
 * instead of failing at a database column with a 500.
 */
public class TokenClaimsFilter {

    /** The longest id the services store (partner and customer ids are VARCHAR(64)). */
    public static final int MAX_ID_LENGTH = 64;
    /** The longest user name or subject the services store (audit columns are VARCHAR(128)). */
    public static final int MAX_NAME_LENGTH = 128;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    private final CurrentIdentityAssociation identities;

    TokenClaimsFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** Before the tenant guard ({@link PartnerScopeFilter}) compares the partner id with the path. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Void> requireWellFormedClaims() {
        return identities.getDeferredIdentity()
                // an unusable token is refused by the operation's own security check (CBC.0154), not here
                .onFailure().recoverWithNull()
                .map(identity -> {
                    List<ErrorDetail> problems = problemsOf(identity);
                    if (!problems.isEmpty()) {
                        throw new CbcException(CbcError.CREDENTIALS_NOT_ALLOWED,
                                CbcError.CREDENTIALS_NOT_ALLOWED.message(), problems);
                    }
                    return null;
                });
    }

    static List<ErrorDetail> problemsOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return List.of();
        }
        List<ErrorDetail> problems = new ArrayList<>();
        checkId(problems, Caller.PARTNER_ID_CLAIM, Caller.claim(identity, Caller.PARTNER_ID_CLAIM));
        checkId(problems, Caller.CUSTOMER_ID_CLAIM, Caller.claim(identity, Caller.CUSTOMER_ID_CLAIM));
        Caller.claim(identity, Caller.SITE_CLAIM).filter(site -> Site.of(site).isEmpty()).ifPresent(site ->
                problems.add(ErrorDetail.of(Caller.SITE_CLAIM, CbcError.CREDENTIALS_NOT_ALLOWED, "must be CN or INTL")));
        checkName(problems, "user name", identity.getPrincipal().getName());
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            checkName(problems, "sub", token.getSubject());
        }
        return problems;
    }

    private static void checkId(List<ErrorDetail> problems, String claim, Optional<String> value) {
        if (value.isPresent() && !ID.matcher(value.get()).matches()) {
            problems.add(ErrorDetail.of(claim, CbcError.CREDENTIALS_NOT_ALLOWED,
                    "must be 1 to " + MAX_ID_LENGTH + " letters, digits, '-' or '_'"));
        }
    }

    private static void checkName(List<ErrorDetail> problems, String claim, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_NAME_LENGTH) {
            problems.add(ErrorDetail.of(claim, CbcError.CREDENTIALS_NOT_ALLOWED,
                    "must be at most " + MAX_NAME_LENGTH + " characters"));
        } else if (ControlCharacters.containsForbidden(value)) {
            problems.add(ErrorDetail.of(claim, CbcError.CREDENTIALS_NOT_ALLOWED, ControlCharacters.REASON));
        }
    }
}
