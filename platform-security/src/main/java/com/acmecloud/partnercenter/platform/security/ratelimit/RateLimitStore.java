package com.acmecloud.partnercenter.platform.security.ratelimit;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bucket4j's buckets in the {@code rate_limit_bucket} table, shared by every replica, through the reactive client:
 * Bucket4j reads a bucket, computes the new state and asks to swap it only if the row is still what it read. Expired
 * rows count as absent. Database time decides expiry, so replicas' clocks need not agree.
 */
class RateLimitStore extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final String READ = "SELECT state FROM rate_limit_bucket WHERE bucket_key = $1 AND expires_at > now()";
    private static final String CREATE = """
            INSERT INTO rate_limit_bucket (bucket_key, state, expires_at)
            VALUES ($1, $2, now() + $3 * INTERVAL '1 millisecond')
            ON CONFLICT (bucket_key) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at
            WHERE rate_limit_bucket.expires_at <= now()""";
    private static final String SWAP = """
            UPDATE rate_limit_bucket SET state = $2, expires_at = now() + $3 * INTERVAL '1 millisecond'
            WHERE bucket_key = $1 AND state = $4 AND expires_at > now()""";
    private static final String REMOVE = "DELETE FROM rate_limit_bucket WHERE bucket_key = $1";

    private final Pool pool;

    RateLimitStore(Pool pool, ClientSideConfig config) {
        super(config);
        this.pool = pool;
    }

    @Override
    public boolean isAsyncModeSupported() {
        return true;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("rate limits are checked asynchronously only");
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        return new AsyncCompareAndSwapOperation() {
            @Override
            public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
                return pool.preparedQuery(READ).execute(Tuple.of(key))
                        .map(rows -> {
                            RowIterator<Row> iterator = rows.iterator();
                            return iterator.hasNext()
                                    ? Optional.of(iterator.next().getBuffer(0).getBytes())
                                    : Optional.<byte[]>empty();
                        })
                        .subscribeAsCompletionStage();
            }

            @Override
            public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
                                                             RemoteBucketState newState, Optional<Long> timeoutNanos) {
                long timeToLiveMillis = timeToLiveMillis(newState);
                Tuple parameters = originalData == null
                        ? Tuple.of(key, Buffer.buffer(newData), timeToLiveMillis)
                        : Tuple.of(key, Buffer.buffer(newData), timeToLiveMillis, Buffer.buffer(originalData));
                return pool.preparedQuery(originalData == null ? CREATE : SWAP).execute(parameters)
                        .map(rows -> rows.rowCount() == 1)
                        .subscribeAsCompletionStage();
            }
        };
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        return pool.preparedQuery(REMOVE).execute(Tuple.of(key)).replaceWithVoid().subscribeAsCompletionStage();
    }

    @Override
    public void removeProxy(String key) {
        throw new UnsupportedOperationException("rate limits are checked asynchronously only");
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    private long timeToLiveMillis(RemoteBucketState state) {
        return getClientSideConfig().getExpirationAfterWriteStrategy()
                .map(strategy -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
                .orElseThrow(() -> new IllegalStateException("rate-limit buckets need an expiry"));
    }
}
