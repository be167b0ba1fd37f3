package com.acmecloud.partnercenter.customer.deals.events;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Deal registrations and invitations as {@code customer.events}, through the outbox (same transaction). Key: the
 * partner holding the registration, so its events stay in order with its customers' association events.
 */
@ApplicationScoped
public class DealEventPublisher {

    private final OutboxWriter outbox;

    DealEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> registered(DealRegistration registration) {
        return outbox.append(CustomerEvents.DEAL_REGISTERED, registration.partnerId,
                registration.registrationId.toString(),
                new CustomerEvents.DealRegistered(registration.partnerId, registration.registrationId.toString(),
                        registration.distributorId, registration.customerId,
                        ProspectContacts.maskMobile(registration.mobilePhone),
                        ProspectContacts.maskEmail(registration.email), registration.registeredBy,
                        registration.registeredAt, registration.expiresAt, text(registration.poolProspectId)))
                .replaceWithVoid();
    }

    /** WITHDRAWN, EXPIRED or RELEASED, by the registration's status. */
    public Uni<Void> closed(DealRegistration registration) {
        EventType<CustomerEvents.DealRegistrationClosed> type = switch (registration.status) {
            case WITHDRAWN -> CustomerEvents.DEAL_REGISTRATION_WITHDRAWN;
            case EXPIRED -> CustomerEvents.DEAL_REGISTRATION_EXPIRED;
            case RELEASED -> CustomerEvents.DEAL_REGISTRATION_RELEASED;
            default -> throw new IllegalArgumentException("not a closed registration: " + registration.status);
        };
        return outbox.append(type, registration.partnerId, registration.registrationId.toString(),
                new CustomerEvents.DealRegistrationClosed(registration.partnerId,
                        registration.registrationId.toString(), registration.distributorId, registration.customerId,
                        registration.status.name(), text(registration.poolProspectId), registration.closedBy,
                        registration.closedAt))
                .replaceWithVoid();
    }

    /** A registration converted by the partner creating the account through the Huawei API. */
    public Uni<Void> converted(DealRegistration registration) {
        return outbox.append(CustomerEvents.DEAL_REGISTRATION_CONVERTED, registration.partnerId,
                registration.registrationId.toString(),
                new CustomerEvents.DealRegistrationClosed(registration.partnerId,
                        registration.registrationId.toString(), registration.distributorId,
                        registration.convertedCustomerId, registration.status.name(), null, registration.closedBy,
                        registration.closedAt))
                .replaceWithVoid();
    }

    public Uni<Void> invitationIssued(CustomerInvitation invitation) {
        return outbox.append(CustomerEvents.INVITATION_ISSUED, invitation.partnerId, invitation.invitationId.toString(),
                new CustomerEvents.InvitationIssued(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.registrationId.toString(), invitation.distributorId, invitation.channel.name(),
                        invitation.associationType, invitation.issuedBy, invitation.issuedAt, invitation.expiresAt))
                .replaceWithVoid();
    }

    public Uni<Void> invitationAccepted(CustomerInvitation invitation, SubCustomer customer, boolean newAccount,
                                   String acceptedBy) {
        return outbox.append(CustomerEvents.INVITATION_ACCEPTED, invitation.partnerId, customer.customerId,
                new CustomerEvents.InvitationAccepted(invitation.partnerId, invitation.invitationId.toString(),
                        invitation.registrationId.toString(), invitation.distributorId, customer.customerId,
                        customer.domainName, invitation.channel.name(), invitation.associationType, newAccount,
                        acceptedBy, invitation.usedAt))
                .replaceWithVoid();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
