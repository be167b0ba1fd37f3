package com.acmecloud.partnercenter.platform.security.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "partnercenter.idempotency")
public interface IdempotencyConfig {

    /** How long a stored answer can be replayed; afterwards the key may be used again. */
    @WithDefault("24H")
    Duration retention();

    /**
     * Key of the HMAC-SHA256 that request bodies are fingerprinted with (bodies carry ID numbers, bank-card numbers
     * and passwords; an unkeyed hash of a short, guessable field could be reversed by trying values). No default:
     * each service sets it from {@code IDEMPOTENCY_FINGERPRINT_KEY}, required in production (a Secret), with a public
     * default in dev and test. Changing it makes the keys stored within the retention period answer CBC.99007009
     * to a retry instead of replaying.
     */
    String fingerprintKey();
}
