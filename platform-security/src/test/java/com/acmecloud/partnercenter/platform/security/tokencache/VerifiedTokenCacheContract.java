package com.acmecloud.partnercenter.platform.security.tokencache;

import static com.acmecloud.partnercenter.platform.security.tokencache.TokenCacheProbe.caller;
import static com.acmecloud.partnercenter.platform.security.tokencache.TokenCacheProbe.partner;
import static com.acmecloud.partnercenter.platform.security.tokencache.TokenCacheProbe.seen;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every request sees of its caller, with the verified-token cache on ({@link VerifiedTokenCacheTest}) and off
 * ({@link VerifiedTokenCacheOffTest}): the same answers, whether a token is verified again or found in the cache.
 */
abstract class VerifiedTokenCacheContract {

    /** Every attribute Quarkus OIDC puts on the identity of a locally verified bearer JWT. */
    static final Set<String> OIDC_ATTRIBUTES = Set.of("io.vertx.ext.web.RoutingContext",
            "io.quarkus.security.identity.AuthenticationRequestContext", "tenant-id", "configuration-metadata",
            "io.quarkus.oidc.OidcProviderClient", "quarkus.identity.expire-time");

    @Inject
    VerifiedTokenCache cache;

    /** Called after each request that Quarkus OIDC accepted: whether the token is now remembered. */
    abstract void assertRemembered(String token);

    /** Called after a request that was refused: a refused token is never remembered. */
    void assertNotRemembered(String token) {
        assertThat(cache.holds(token)).as("a refused token is remembered").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestWithTheSameTokenSeesTheSameCaller() {
        String partnerId = Tokens.newPartnerId();
        String token = Tokens.partner(partnerId);

        List<Response> answers = IntStream.range(0, 3).mapToObj(i -> caller(token)).toList();

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        Map<String, Object> first = seen(answers.get(0));
        assertThat(answers).extracting(TokenCacheProbe::seen).containsOnly(first);
        assertThat(first)
                .containsEntry("name", "user-" + partnerId)
                .containsEntry("subject", "user-" + partnerId)
                .containsEntry("partner_id", partnerId)
                .containsEntry("operator", false)
                .containsEntry("roles", List.of("partner"))
                .containsEntry("jwt_partner_id", partnerId)
                .containsEntry("jwt_groups", List.of("partner"))
                .containsEntry("jwt_is_presented_token", true)
                .containsEntry("credential_is_presented_token", true)
                .containsEntry("credentials", 1)
                .containsEntry("tenant", "Default")
                .containsEntry("blocking_context", true);
        assertThat((List<Object>) first.get("jwt_claims"))
                .contains("aud", "exp", "groups", "iat", "iss", "partner_id", "preferred_username", "raw_token", "sub");
        assertThat((List<Object>) first.get("attributes")).containsExactlyInAnyOrderElementsOf(OIDC_ATTRIBUTES);
        assertThat(((Number) first.get("expire_time")).longValue()).isEqualTo(((Number) first.get("jwt_expires")).longValue());
        assertRemembered(token);
    }

    @Test
    void anOperatorStaysAnOperator() {
        String token = Tokens.operator();

        List<Response> answers = IntStream.range(0, 2).mapToObj(i -> caller(token)).toList();

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers).extracting(TokenCacheProbe::seen).allSatisfy(seen -> assertThat(seen)
                .containsEntry("operator", true).containsEntry("roles", List.of("operator"))
                .containsEntry("partner_id", null));
    }

    @Test
    void anExpiredTokenIsRefusedAsWithoutTheCacheEvenIfItWasRemembered() {
        String partnerId = Tokens.newPartnerId();
        Instant expiresAt = Instant.ofEpochSecond(Instant.now().plusSeconds(5).getEpochSecond());
        String token = Tokens.partnerUntil(partnerId, expiresAt);
        assertThat(caller(token).statusCode()).isEqualTo(200);
        assertRemembered(token);

        List<String> acceptedLate = new ArrayList<>();
        Response refused = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            long sentAt = System.currentTimeMillis();
            Response answer = caller(token);
            if (answer.statusCode() == 200 && sentAt >= expiresAt.toEpochMilli()) {
                acceptedLate.add("sent " + (sentAt - expiresAt.toEpochMilli()) + " ms after exp");
            }
            return answer;
        }, answer -> answer.statusCode() != 200);

        assertThat(acceptedLate).as("requests accepted after the token's exp").isEmpty();
        Response neverCached = caller(Tokens.expiredPartner(partnerId));
        assertCbcError("an expired token that was never accepted", neverCached, 401, "CBC.0154");
        assertCbcError("an expired token that was accepted before", refused, 401, "CBC.0154");
        assertThat(caller(token).statusCode()).as("and again").isEqualTo(401);
    }

    @Test
    void aTamperedTokenIsRefusedAfterTheGenuineOneWasAccepted() {
        String partnerId = Tokens.newPartnerId();
        String genuine = Tokens.partner(partnerId);
        assertThat(caller(genuine).statusCode()).isEqualTo(200);
        String[] parts = genuine.split("\\.");

        String otherSignature = parts[0] + "." + parts[1] + "." + flipCharacterAt(parts[2], parts[2].length() / 2);
        String otherPayload = parts[0] + "." + payloadNaming(parts[1], partnerId, Tokens.newPartnerId()) + "." + parts[2];

        for (String tampered : List.of(otherSignature, otherPayload)) {
            assertCbcError("a tampered token", caller(tampered), 401, "CBC.0154");
            assertNotRemembered(tampered);
        }
        assertThat(caller(genuine).statusCode()).as("the genuine token still works").isEqualTo(200);
    }

    @Test
    void tokensForAnotherApiIssuerOrKeyAreRefused() throws NoSuchAlgorithmException {
        String partnerId = Tokens.newPartnerId();
        assertThat(caller(Tokens.partner(partnerId)).statusCode()).isEqualTo(200);

        Map<String, String> foreign = Map.of(
                "another audience", Tokens.otherAudience(partnerId),
                "another issuer", Tokens.wrongIssuer(partnerId),
                "an unknown signing key", signedByAnUnknownKey(partnerId));

        foreign.forEach((what, token) -> {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertCbcError(what, caller(token), 401, "CBC.0154");
            }
            assertNotRemembered(token);
        });
    }

    @Test
    void twoPartnersTokensNeverMix() {
        String partnerA = Tokens.newPartnerId();
        String partnerB = Tokens.newPartnerId();
        String tokenA = Tokens.partner(partnerA);
        String tokenB = Tokens.partner(partnerB);
        assertThat(caller(tokenA).statusCode()).isEqualTo(200);
        assertThat(caller(tokenB).statusCode()).isEqualTo(200);

        List<CompletableFuture<Map.Entry<String, Response>>> interleaved = IntStream.range(0, 24)
                .mapToObj(i -> i % 2 == 0 ? partnerA : partnerB)
                .map(expected -> CompletableFuture.supplyAsync(
                        () -> Map.entry(expected, caller(expected.equals(partnerA) ? tokenA : tokenB))))
                .toList();

        assertThat(interleaved).extracting(CompletableFuture::join).allSatisfy(answer -> {
            assertThat(answer.getValue().statusCode()).isEqualTo(200);
            assertThat(seen(answer.getValue())).containsEntry("partner_id", answer.getKey())
                    .containsEntry("jwt_partner_id", answer.getKey()).containsEntry("name", "user-" + answer.getKey());
        });
        assertCbcError("A's token on B's path", partner(tokenA, partnerB), 403, "CBC.0150");
        assertCbcError("B's token on A's path", partner(tokenB, partnerA), 403, "CBC.0150");
        assertThat(partner(tokenA, partnerA).asString()).isEqualTo(partnerA);
        assertThat(partner(tokenB, partnerB).asString()).isEqualTo(partnerB);
    }

    private static String flipCharacterAt(String text, int index) {
        char flipped = text.charAt(index) == 'A' ? 'B' : 'A';
        return text.substring(0, index) + flipped + text.substring(index + 1);
    }

    private static String payloadNaming(String payload, String partnerId, String otherPartnerId) {
        String json = new String(Base64.getUrlDecoder().decode(payload));
        assertThat(json).contains(partnerId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.replace(partnerId, otherPartnerId).getBytes());
    }

    private static String signedByAnUnknownKey(String partnerId) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey unknown = generator.generateKeyPair().getPrivate();
        return Jwt.preferredUserName("user-" + partnerId).subject("user-" + partnerId).groups(Set.of("partner"))
                .issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).claim("partner_id", partnerId)
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId("1").sign(unknown);
    }
}
