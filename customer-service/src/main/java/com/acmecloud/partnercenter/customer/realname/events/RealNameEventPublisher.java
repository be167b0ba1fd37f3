package com.acmecloud.partnercenter.customer.realname.events;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.realname.domain.PrivacyConsent;
import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.customer.realname.domain.ReviewStatus;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Real-name and consent changes on {@code customer.events} through the outbox (same transaction), keyed by the
 * customer's partner. No ID numbers, file paths or bank data ever go into an event.
 */
@ApplicationScoped
public class RealNameEventPublisher {

    private final OutboxWriter outbox;

    RealNameEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> consentRecorded(PrivacyConsent consent) {
        return outbox.append(CustomerEvents.PRIVACY_CONSENT_RECORDED, consent.partnerId, consent.consentId.toString(),
                new CustomerEvents.PrivacyConsentRecorded(consent.partnerId, consent.customerId,
                        consent.consentId.toString(), consent.textVersion, consent.consentedAt,
                        consent.recordedVia.name(), consent.recordedBy, consent.recordedAt))
                .replaceWithVoid();
    }

    public Uni<Void> submitted(RealNameAuth auth) {
        return outbox.append(CustomerEvents.REALNAME_SUBMITTED, auth.partnerId, auth.authId.toString(),
                new CustomerEvents.RealNameSubmitted(auth.partnerId, auth.customerId, auth.authId.toString(),
                        auth.authType.name(), auth.identifyType, auth.changeType, auth.submittedBy, auth.submittedAt))
                .replaceWithVoid();
    }

    public Uni<Void> reviewed(RealNameAuth auth, SubCustomer customer) {
        return outbox.append(CustomerEvents.REALNAME_REVIEWED, auth.partnerId, auth.authId.toString(),
                new CustomerEvents.RealNameReviewed(auth.partnerId, auth.customerId, auth.authId.toString(),
                        auth.authType.name(), auth.status.reviewResult(), auth.opinion, customer.verifiedStatus,
                        customer.customerType,
                        auth.status == ReviewStatus.APPROVED ? customer.verifiedName : null, auth.reviewedBy, auth.reviewedAt))
                .replaceWithVoid();
    }
}
