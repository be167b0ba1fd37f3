package com.acmecloud.partnercenter.platform.security.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

/** How long a verification is reused: never past exp, the configured maximum age, nor iat + the token age. */
class VerifiedTokenDeadlineTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Test
    void aTokenExpiringBeforeTheMaximumAgeIsReusedUntilItsExp() {
        assertThat(VerifiedToken.deadline(token(NOW / 1000 + 60, null), Optional.empty(), MAX_AGE, NOW))
                .contains(NOW + 60_000);
    }

    @Test
    void aLongLivedTokenIsReusedForTheMaximumAgeOnly() {
        assertThat(VerifiedToken.deadline(token(NOW / 1000 + 3_600, null), Optional.empty(), MAX_AGE, NOW))
                .contains(NOW + MAX_AGE.toMillis());
    }

    @Test
    void aConfiguredTokenAgeEndsReuseAtIatPlusAge() {
        JsonWebToken token = token(NOW / 1000 + 3_600, NOW / 1000 - 100);

        assertThat(VerifiedToken.deadline(token, Optional.of(Duration.ofMinutes(2)), MAX_AGE, NOW))
                .contains(NOW + 20_000);
    }

    @Test
    void tokensWithoutExpOrWithoutIatUnderATokenAgeAreNotReused() {
        assertThat(VerifiedToken.deadline(token(null, NOW / 1000), Optional.empty(), MAX_AGE, NOW)).isEmpty();
        assertThat(VerifiedToken.deadline(token(NOW / 1000 + 60, null), Optional.of(Duration.ofMinutes(2)), MAX_AGE, NOW))
                .isEmpty();
    }

    private static JsonWebToken token(Long exp, Long iat) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("someone");
        if (exp != null) {
            claims.setExpirationTime(NumericDate.fromSeconds(exp));
        }
        if (iat != null) {
            claims.setIssuedAt(NumericDate.fromSeconds(iat));
        }
        return new DefaultJWTCallerPrincipal(claims);
    }
}
