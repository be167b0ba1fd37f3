package com.acmecloud.partnercenter.platform.security.tokencache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a bearer JWT that Quarkus OIDC has verified is trusted without verifying it again ({@link VerifiedTokenCache}).
 * An entry never outlives the token's {@code exp} (nor {@code iat} + {@code quarkus.oidc.token.age} when that is set).
 */
@ConfigMapping(prefix = "partnercenter.security.verified-token-cache")
public interface VerifiedTokenCacheConfig {

    /** Off: every request verifies its token (signature, issuer, audience, expiry), as Quarkus OIDC does alone. */
    @WithDefault("true")
    boolean enabled();

    /** How many verified tokens one replica remembers; the least used go first. */
    @WithDefault("10000")
    int maxSize();

    /**
     * The longest a verification is reused, whatever the token's {@code exp}: also how long a token whose signing key
     * was withdrawn from the provider's key set keeps working on a replica that had verified it.
     */
    @WithDefault("5M")
    Duration maxAge();
}
