package com.acmecloud.partnercenter.partner.business.events;

import com.acmecloud.partnercenter.partner.business.domain.BusinessInformation;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes business information changes to {@code partner.events} through the outbox (same transaction as the
 * change). Key = partner id. Bank accounts leave masked.
 */
@ApplicationScoped
public class BusinessInformationEventPublisher {

    private final OutboxWriter outbox;

    BusinessInformationEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> businessInformationChanged(BusinessInformation information) {
        PartnerEvents.VerifiedBusinessInformation verified = information.verified == null ? null
                : new PartnerEvents.VerifiedBusinessInformation(information.verified.contractingEntity,
                        information.verified.bankName, information.verified.bankAccountMasked(),
                        information.verified.accountHolderName, information.verified.taxRate,
                        information.verifiedAt);
        return outbox.append(PartnerEvents.BUSINESS_INFORMATION_CHANGED, information.partnerId, information.partnerId,
                new PartnerEvents.BusinessInformationChanged(information.partnerId, information.status.name(),
                        information.payoutBlocked(), verified, information.pendingSubmittedAt,
                        information.updatedAt)).replaceWithVoid();
    }
}
