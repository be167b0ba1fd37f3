package com.acmecloud.partnercenter.platform.security.tokencache;

import static com.acmecloud.partnercenter.platform.security.tokencache.TokenCacheProbe.caller;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The cache on (the default): the contract holds, and requests after the first are answered from the cache. */
@QuarkusTest
class VerifiedTokenCacheTest extends VerifiedTokenCacheContract {

    @Override
    void assertRemembered(String token) {
        assertThat(cache.holds(token)).as("an accepted token is remembered").isTrue();
    }

    @Test
    void requestsAfterTheFirstAreAnsweredFromTheCache() {
        String token = Tokens.partner(Tokens.newPartnerId());
        assertThat(caller(token).statusCode()).isEqualTo(200);
        CacheStats before = cache.stats();

        assertThat(caller(token).statusCode()).isEqualTo(200);
        assertThat(caller(token).statusCode()).isEqualTo(200);

        assertThat(cache.stats().minus(before).hitCount()).isEqualTo(2);
    }
}
