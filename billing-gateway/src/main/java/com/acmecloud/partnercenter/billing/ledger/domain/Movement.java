package com.acmecloud.partnercenter.billing.ledger.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a feature asks the ledger to post: one transaction of a trade type, with legs (signed amounts per account)
 * that add up to zero. Build it with {@link #builder(TradeType, String, BigDecimal)}.
 *
 * @param transId        the id to record, or null to have the ledger generate one ({@code AD…}, {@code RE…})
 * @param partnerId      whose book the movement is on (the acting partner, or whose money moved)
 * @param amount         the movement's absolute amount (&gt; 0, 2 decimals), shown in records
 * @param idempotencyKey the caller's key, the body's trans_id or the causing event's id; unique per partner and trade
 *                       type (null: none)
 */
public record Movement(String transId, TradeType tradeType, String partnerId, String customerId,
                       String counterpartyId, BigDecimal amount, String actor, String idempotencyKey, String memo,
                       List<Leg> legs) {

    /** A signed change of one account. */
    public record Leg(AccountRef account, BigDecimal amount) {
    }

    public Movement {
        Objects.requireNonNull(tradeType);
        Objects.requireNonNull(partnerId);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(actor);
        legs = List.copyOf(legs);
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("a movement's amount is > 0 with at most 2 decimals: " + amount);
        }
        if (legs.size() < 2) {
            throw new IllegalArgumentException("a movement has at least two legs");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Leg leg : legs) {
            if (leg.amount().signum() == 0 || leg.amount().scale() > 2) {
                throw new IllegalArgumentException("a leg moves a non-zero amount with at most 2 decimals");
            }
            sum = sum.add(leg.amount());
        }
        if (sum.signum() != 0) {
            throw new IllegalArgumentException("the legs of a movement add up to zero, not " + sum);
        }
    }

    public static Builder builder(TradeType tradeType, String partnerId, BigDecimal amount) {
        return new Builder(tradeType, partnerId, amount);
    }

    public static final class Builder {
        private final TradeType tradeType;
        private final String partnerId;
        private final BigDecimal amount;
        private String transId;
        private String customerId;
        private String counterpartyId;
        private String actor = "system";
        private String idempotencyKey;
        private String memo;
        private final List<Leg> legs = new ArrayList<>();

        private Builder(TradeType tradeType, String partnerId, BigDecimal amount) {
            this.tradeType = tradeType;
            this.partnerId = partnerId;
            this.amount = amount;
        }

        public Builder transId(String value) {
            transId = value;
            return this;
        }

        public Builder customer(String value) {
            customerId = value;
            return this;
        }

        public Builder counterparty(String value) {
            counterpartyId = value;
            return this;
        }

        public Builder actor(String value) {
            actor = value;
            return this;
        }

        public Builder idempotencyKey(String value) {
            idempotencyKey = value;
            return this;
        }

        public Builder memo(String value) {
            memo = value;
            return this;
        }

        /** Moves {@code amount} of the movement from one account to another (two legs). */
        public Builder transfer(AccountRef from, AccountRef to) {
            return transfer(from, to, amount);
        }

        public Builder transfer(AccountRef from, AccountRef to, BigDecimal value) {
            legs.add(new Leg(from, value.negate()));
            legs.add(new Leg(to, value));
            return this;
        }

        public Builder leg(AccountRef account, BigDecimal value) {
            legs.add(new Leg(account, value));
            return this;
        }

        public Movement build() {
            return new Movement(transId, tradeType, partnerId, customerId, counterpartyId, amount, actor,
                    idempotencyKey, memo, legs);
        }
    }
}
