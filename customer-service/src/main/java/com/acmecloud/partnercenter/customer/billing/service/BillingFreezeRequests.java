package com.acmecloud.partnercenter.customer.billing.service;

import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerFreezeService;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Rule 13: billing-gateway asks for a resale customer to be frozen (budget exhausted, or a new resale customer without
 * a budget) or unfrozen (the partner set a budget with {@code cancel_partner_frozen=1}); customer-service owns freeze
 * state and applies it through the same freeze service as the partner's API, as the system actor
 * {@value #ACTOR}, on behalf of the partner the event names. A customer the partner no longer has (it left since)
 * or a freeze of another type is not changed; the event is then done. Runs inside the idempotent processor's
 * transaction. Other billing.events change nothing here.
 */
@ApplicationScoped
public class BillingFreezeRequests {

    public static final String ACTOR = "system:billing-gateway";
    private static final Logger LOG = Logger.getLogger(BillingFreezeRequests.class);

    private final SubCustomerFreezeService freezes;
    private final CloudEventCodec codec;

    BillingFreezeRequests(SubCustomerFreezeService freezes, CloudEventCodec codec) {
        this.freezes = freezes;
        this.codec = codec;
    }

    public Uni<Void> apply(CloudEvent event) {
        boolean freeze = event.type().equals(BillingEvents.CUSTOMER_FREEZE_REQUESTED.type());
        if (!freeze && !event.type().equals(BillingEvents.CUSTOMER_UNFREEZE_REQUESTED.type())) {
            return Uni.createFrom().voidItem();
        }
        BillingEvents.CustomerFreezeRequest request = codec.payload(event, freeze
                ? BillingEvents.CUSTOMER_FREEZE_REQUESTED : BillingEvents.CUSTOMER_UNFREEZE_REQUESTED);
        String partnerId = required(request.partnerId(), "partner_id");
        String customerId = required(request.customerId(), "customer_id");
        FreezeType type;
        try {
            type = FreezeType.valueOf(String.valueOf(request.freezeType()));
        } catch (IllegalArgumentException e) {
            throw new UndecodableEventException("unknown freeze type " + request.freezeType());
        }
        String reason = "billing: " + (request.reason() == null ? "" : request.reason());
        String shortReason = reason.length() > 256 ? reason.substring(0, 256) : reason;
        List<String> ids = List.of(customerId);
        return (freeze ? freezes.freeze(partnerId, ACTOR, null, ids, shortReason, type)
                : freezes.unfreeze(partnerId, ACTOR, null, ids, shortReason, type))
                .invoke(failures -> failures.forEach(failure -> LOG.infof(
                        "billing %s of customer %s for partner %s not applied: %s", freeze ? "freeze" : "unfreeze",
                        failure.customerId(), partnerId, failure.error().code())))
                .replaceWithVoid();
    }

    private static String required(String id, String what) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new UndecodableEventException("event without a valid " + what);
        }
        return id;
    }
}
