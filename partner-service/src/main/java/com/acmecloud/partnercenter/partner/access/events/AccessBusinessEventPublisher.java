package com.acmecloud.partnercenter.partner.access.events;

import com.acmecloud.partnercenter.partner.access.domain.AccessConfiguration;
import com.acmecloud.partnercenter.partner.agreements.domain.PaymentAgreement;
import com.acmecloud.partnercenter.partner.business.domain.BusinessInformation;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes access configuration, business information and payment agreement changes to {@code partner.events}
 * through the outbox (same transaction as the change). Key = partner id. Bank accounts leave masked.
 */
@ApplicationScoped
public class AccessBusinessEventPublisher {

    private final OutboxWriter outbox;

    AccessBusinessEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> accessConfigurationChanged(AccessConfiguration configuration) {
        return outbox.append(PartnerEvents.ACCESS_CONFIGURATION_CHANGED, configuration.partnerId,
                configuration.partnerId,
                new PartnerEvents.AccessConfigurationChanged(configuration.partnerId,
                        configuration.realNameAttachmentUpload, configuration.xaccountType,
                        configuration.obsBucketName, configuration.obsRegion, configuration.readyForRealNameApi(),
                        configuration.updatedAt)).replaceWithVoid();
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

    public Uni<Void> paymentAgreementIssued(PaymentAgreement agreement) {
        return outbox.append(PartnerEvents.PAYMENT_AGREEMENT_ISSUED, agreement.partnerId,
                agreement.contractId.toString(),
                new PartnerEvents.PaymentAgreementIssued(agreement.partnerId, agreement.contractId.toString(),
                        agreement.contractNumber, agreement.issuedAt)).replaceWithVoid();
    }
}
