package com.acmecloud.partnercenter.platform.security.tokencache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** The cache off: Quarkus OIDC verifies every request; the same contract holds and nothing is remembered. */
@QuarkusTest
@TestProfile(VerifiedTokenCacheOffTest.CacheOff.class)
class VerifiedTokenCacheOffTest extends VerifiedTokenCacheContract {

    @Override
    void assertRemembered(String token) {
        assertThat(cache.holds(token)).as("the cache is off").isFalse();
        assertThat(cache.stats().requestCount()).as("the cache is off").isZero();
    }

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercenter.security.verified-token-cache.enabled", "false");
        }
    }
}
