package com.acmecloud.partnercenter.partner.agreements.events;

import com.acmecloud.partnercenter.partner.agreements.domain.PaymentAgreement;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes issued payment agreements to {@code partner.events} through the outbox (same transaction as the
 * issue). Key = partner id.
 */
@ApplicationScoped
public class PaymentAgreementEventPublisher {

    private final OutboxWriter outbox;

    PaymentAgreementEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> paymentAgreementIssued(PaymentAgreement agreement) {
        return outbox.append(PartnerEvents.PAYMENT_AGREEMENT_ISSUED, agreement.partnerId,
                agreement.contractId.toString(),
                new PartnerEvents.PaymentAgreementIssued(agreement.partnerId, agreement.contractId.toString(),
                        agreement.contractNumber, agreement.issuedAt)).replaceWithVoid();
    }
}
