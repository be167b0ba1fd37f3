package com.acmecloud.partnercenter.platform.test;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Mints access tokens that the in-JVM OIDC provider ({@code OidcWiremockTestResource}) vouches for:
 * signed with its key, issued by its issuer. Tokens of other keys or in the past are refused by the
 * service exactly as a real Keycloak token would be.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    /** The audience the services require ({@code quarkus.oidc.token.audience}, default of OIDC_TOKEN_AUDIENCE). */
    public static final String AUDIENCE = "partner-center-api";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private Tokens() {
    }

    public static String partner(String partnerId) {
        return base("user-" + partnerId, Set.of("partner")).claim("partner_id", partnerId).sign(SIGNING_KEY);
    }

    /** A person with the {@code member} role: the subject is the person's identity; no partner_id claim. */
    public static String member(String subject) {
        return base(subject, Set.of("member")).sign(SIGNING_KEY);
    }

    /** A person with the {@code member} role whose token carries the {@code email} claim. */
    public static String member(String subject, String email) {
        return base(subject, Set.of("member")).claim("email", email).sign(SIGNING_KEY);
    }

    public static String operator() {
        return base("operator-1", Set.of("operator")).sign(SIGNING_KEY);
    }

    /** A partner-role token that names no partner. */
    public static String partnerWithoutPartnerId() {
        return base("orphan", Set.of("partner")).sign(SIGNING_KEY);
    }

    /** A valid token with a role the suite does not know. */
    public static String unknownRole(String partnerId) {
        return base("auditor-1", Set.of("auditor")).claim("partner_id", partnerId).sign(SIGNING_KEY);
    }

    /** An end customer's user whose token names its customer account ({@code customer_id} claim). */
    public static String customer(String customerId) {
        return base("customer-" + customerId, Set.of("customer")).claim("customer_id", customerId).sign(SIGNING_KEY);
    }

    /** A customer's token that says which site the customer registered on (claim {@code site}: CN, INTL or junk). */
    public static String customer(String customerId, String site) {
        return base("customer-" + customerId, Set.of("customer")).claim("customer_id", customerId).claim("site", site)
                .sign(SIGNING_KEY);
    }

    /** A person without a customer account yet whose token names the site it registered on (claim {@code site}). */
    public static String customerWithoutAccount(String subject, String site) {
        return base(subject, Set.of("customer")).claim("site", site).sign(SIGNING_KEY);
    }

    /** A person with the {@code customer} role who has no customer account yet: known only by the subject. */
    public static String customerWithoutAccount(String subject) {
        return base(subject, Set.of("customer")).sign(SIGNING_KEY);
    }

    public static String expiredPartner(String partnerId) {
        return base("user-" + partnerId, Set.of("partner"))
                .claim("partner_id", partnerId)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(SIGNING_KEY);
    }

    /** A partner token that expires at the given instant (whole seconds, as {@code exp} is). */
    public static String partnerUntil(String partnerId, Instant expiresAt) {
        return base("user-" + partnerId, Set.of("partner")).claim("partner_id", partnerId).expiresAt(expiresAt)
                .sign(SIGNING_KEY);
    }

    public static String wrongIssuer(String partnerId) {
        return Jwt.preferredUserName("intruder").groups(Set.of("partner")).issuer("https://evil.example.com")
                .audience(AUDIENCE).claim("partner_id", partnerId).expiresAt(Instant.now().plusSeconds(600))
                .sign(SIGNING_KEY);
    }

    /** A partner token of the right issuer and key, but issued for another API (its {@code aud}). */
    public static String otherAudience(String partnerId) {
        return base("user-" + partnerId, Set.of("partner")).audience("some-other-api")
                .claim("partner_id", partnerId).sign(SIGNING_KEY);
    }

    /** A partner token whose {@code partner_id} claim is whatever is given (too long, odd characters). */
    public static String partnerWithClaim(String partnerIdClaim) {
        return base("user-claims-test", Set.of("partner")).claim("partner_id", partnerIdClaim).sign(SIGNING_KEY);
    }

    /** A partner token whose user name (and subject) is the given one. */
    public static String partnerNamed(String partnerId, String userName) {
        return base(userName, Set.of("partner")).claim("partner_id", partnerId).sign(SIGNING_KEY);
    }

    public static String newPartnerId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static JwtClaimsBuilder base(String user, Set<String> roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .groups(roles)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }
}
