package com.acmecloud.partnercenter.incentive.policies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * A tier of a {@link BaseRateTable}: a month's performance of at least {@code minPerformance} (yuan) earns
 * {@code rate} (a fraction, 4 decimals: 0.0300 = 3 %) as base incentive. Tier 1 starts at 0.
 */
@Entity
@Table(name = "base_rate_tier")
public class BaseRateTier {

    @EmbeddedId
    public Key key;

    @Column(name = "tier_name", nullable = false)
    public String tierName;

    @Column(name = "min_performance", nullable = false)
    public BigDecimal minPerformance;

    @Column(name = "rate", nullable = false)
    public BigDecimal rate;

    public static BaseRateTier of(UUID tableId, int tier, String name, BigDecimal minPerformance, BigDecimal rate) {
        BaseRateTier row = new BaseRateTier();
        row.key = new Key(tableId, tier);
        row.tierName = name;
        row.minPerformance = minPerformance;
        row.rate = rate;
        return row;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "table_id", nullable = false)
        public UUID tableId;

        @Column(name = "tier", nullable = false)
        public int tier;

        public Key() {
        }

        Key(UUID tableId, int tier) {
            this.tableId = tableId;
            this.tier = tier;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tier == tier && Objects.equals(key.tableId, tableId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tableId, tier);
        }
    }
}
