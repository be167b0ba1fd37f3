package com.acmecloud.partnercenter.customer.accountfacts.service;

import com.acmecloud.partnercenter.customer.accountfacts.repository.AccountFactsRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the account facts billing-gateway publishes on {@code billing.events}: a customer's debt on each partner's
 * book ({@code billing.customer_arrears_changed.v1}: rules 10, 11, 28) and whether it ever spent cash
 * ({@code billing.consumption_ingested.v1} with cash in a consume record: rule 10). Runs inside the idempotent
 * processor's transaction; other events change nothing.
 */
@ApplicationScoped
public class AccountFactsProjection {

    private final AccountFactsRepository facts;
    private final CloudEventCodec codec;

    AccountFactsProjection(AccountFactsRepository facts, CloudEventCodec codec) {
        this.facts = facts;
        this.codec = codec;
    }

    public Uni<Void> apply(CloudEvent event) {
        if (event.type().equals(BillingEvents.CUSTOMER_ARREARS_CHANGED.type())) {
            BillingEvents.CustomerArrearsChanged arrears = codec.payload(event,
                    BillingEvents.CUSTOMER_ARREARS_CHANGED);
            BigDecimal debt = arrears.debtAmount();
            if (debt == null || debt.signum() < 0 || debt.scale() > 2) {
                throw new UndecodableEventException("arrears fact without a valid debt_amount");
            }
            return facts.putDebt(required(arrears.customerId(), "customer_id"),
                    required(arrears.partnerId(), "partner_id"), debt.setScale(2),
                    arrears.transId(), arrears.changedAt() != null ? arrears.changedAt() : event.time());
        }
        if (event.type().equals(BillingEvents.CONSUMPTION_INGESTED.type())) {
            BillingEvents.ConsumptionIngested ingested = codec.payload(event, BillingEvents.CONSUMPTION_INGESTED);
            boolean cash = ingested.byBillType() != null && ingested.byBillType().stream()
                    .anyMatch(sums -> sums.billType() == 0 && sums.cashAmount() != null
                            && sums.cashAmount().signum() > 0);
            if (!cash) {
                return Uni.createFrom().voidItem();
            }
            Instant at = ingested.ingestedAt() != null ? ingested.ingestedAt() : event.time();
            return facts.markCashSpending(required(ingested.customerId(), "customer_id"),
                    UUID.fromString(event.id()), at);
        }
        return Uni.createFrom().voidItem();
    }

    private static String required(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return id;
    }
}
