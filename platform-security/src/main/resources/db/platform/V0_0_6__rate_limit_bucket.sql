-- Token buckets of the rate limits (rule 64), shared by every replica of a service. `state` is Bucket4j's
-- serialised bucket; writers compare and swap it (RateLimitStore). A bucket untouched until `expires_at` is
-- full again, so it is dropped: reads ignore it and the purge job deletes it.
CREATE TABLE rate_limit_bucket (
    bucket_key VARCHAR(300) PRIMARY KEY,
    state      BYTEA       NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
