package com.acmecloud.partnercenter.platform.security.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Token buckets per caller and API (rule 64), shared by all replicas through PostgreSQL. Requests of one instance
 * to the same bucket are batched into one database round trip (Bucket4j's batching), so a flood of one caller costs
 * the database a read and a write per batch, not per request.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Pool pool;
    private final AsyncProxyManager<String> buckets;
    private final Cache<String, AsyncBucketProxy> proxies;

    RateLimiter(RateLimitConfig config, Pool pool) {
        this.config = config;
        this.pool = pool;
        this.buckets = new RateLimitStore(pool, ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(config.period())))
                .asAsync();
        this.proxies = Caffeine.newBuilder()
                .maximumSize(config.cachedBuckets())
                .expireAfterAccess(config.period().multipliedBy(2).plus(Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one request from the caller's bucket for the API. */
    public Uni<RateLimitDecision> acquire(String caller, String api) {
        int limit = config.limitOf(api);
        AsyncBucketProxy bucket = proxies.get(caller + ' ' + api, key -> buckets.builder()
                .withOptimization(Optimizations.batching())
                .build(key, () -> CompletableFuture.completedFuture(bucketOf(limit))));
        return Uni.createFrom().completionStage(() -> bucket.tryConsumeAndReturnRemaining(1))
                .map(probe -> decision(limit, probe));
    }

    private BucketConfiguration bucketOf(int limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, config.period()))
                .build();
    }

    private static RateLimitDecision decision(int limit, ConsumptionProbe probe) {
        return new RateLimitDecision(probe.isConsumed(), limit, probe.getRemainingTokens(),
                RateLimitDecision.wholeSecondsAtLeastOne(probe.getNanosToWaitForRefill()),
                RateLimitDecision.wholeSecondsAtLeastOne(probe.getNanosToWaitForReset()));
    }

    /** Buckets nobody used until they were full again carry no information. */
    @Scheduled(identity = "rate-limit-purge", every = "10m", delayed = "1m")
    Uni<Void> purgeExpired() {
        return pool.query("DELETE FROM rate_limit_bucket WHERE expires_at <= now()").execute().replaceWithVoid();
    }
}
