package com.acmecloud.partnercenter.partner.accountfacts.service;

import com.acmecloud.partnercenter.partner.accountfacts.repository.PartnerCashBalanceRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/**
 * Keeps each partner's cash balance (recharge balance) as billing-gateway publishes it
 * ({@code billing.partner_cash_balance_changed.v1}). Runs inside the idempotent processor's transaction; other
 * billing.events change nothing.
 */
@ApplicationScoped
public class PartnerCashProjection {

    private final PartnerCashBalanceRepository balances;
    private final CloudEventCodec codec;

    PartnerCashProjection(PartnerCashBalanceRepository balances, CloudEventCodec codec) {
        this.balances = balances;
        this.codec = codec;
    }

    public Uni<Void> apply(CloudEvent event) {
        if (!event.type().equals(BillingEvents.PARTNER_CASH_BALANCE_CHANGED.type())) {
            return Uni.createFrom().voidItem();
        }
        BillingEvents.PartnerCashBalanceChanged fact = codec.payload(event,
                BillingEvents.PARTNER_CASH_BALANCE_CHANGED);
        String partnerId = fact.partnerId();
        if (partnerId == null || partnerId.isBlank() || partnerId.length() > 64) {
            throw new UndecodableEventException("event without a valid partner_id");
        }
        BigDecimal cash = fact.cashBalance();
        if (cash == null || cash.signum() < 0 || cash.scale() > 2) {
            throw new UndecodableEventException("event without a valid cash_balance");
        }
        return balances.put(partnerId, cash.setScale(2), fact.transId(),
                fact.changedAt() != null ? fact.changedAt() : event.time());
    }
}
