package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.config.InvitationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation.Channel;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.InvitationCodes;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.CustomerInvitationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer.InvitationEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A partner's invitations of its registered prospects (rules 7 and 8). */
@ApplicationScoped
public class InvitationService {

    /** An issue request as the service sees it; {@code email} is normalised or null. */
    public record NewInvitation(UUID registrationId, Channel channel, int associationType, String email,
                                String indirectPartnerId) {
    }

    /** A new invitation and its code, which exists only in this answer (the database keeps a hash). */
    public record Issued(CustomerInvitation invitation, String code, String url) {
    }

    private final DealRegistrationRepository registrations;
    private final CustomerInvitationRepository invitations;
    private final PartnerProjectionRepository partners;
    private final DealEventPublisher events;
    private final Event<InvitationEmail> emails;
    private final InvitationConfig config;
    private final Clock clock;

    InvitationService(DealRegistrationRepository registrations, CustomerInvitationRepository invitations,
                      PartnerProjectionRepository partners, DealEventPublisher events, Event<InvitationEmail> emails,
                      InvitationConfig config, Clock clock) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.partners = partners;
        this.events = events;
        this.emails = emails;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(String callerId, String callerName, NewInvitation request) {
        String scope = AssociationRules.queryScope(callerId, request.indirectPartnerId(), partners::view);
        // locked: a withdrawal cannot slip in between the check and the invitation
        DealRegistration registration = registrations.lockOfPartner(scope, request.registrationId())
                .orElseThrow(() -> new CbcException(CbcError.DEAL_REGISTRATION_NOT_FOUND));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        // rule 7: invitations only to prospects in registered state
        if (!registration.isActiveAt(now)) {
            throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
        }
        // rule 24: a partner that may not associate customers may not invite them either
        AssociationRules.decide(callerId, request.indirectPartnerId(), partners::view);
        String sendTo = null;
        if (request.channel() == Channel.ONLINE) {
            sendTo = request.email() != null ? request.email() : registration.email;
            if (sendTo == null) {
                throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                        List.of(ErrorDetail.of("email", CbcError.INVALID_PARAMETER,
                                "is required for an ONLINE invitation when the registration has no e-mail")));
            }
        }
        String code = InvitationCodes.newCode();
        CustomerInvitation invitation = new CustomerInvitation();
        invitation.invitationId = UUID.randomUUID();
        invitation.registrationId = registration.registrationId;
        invitation.partnerId = registration.partnerId;
        invitation.distributorId = registration.distributorId;
        invitation.channel = request.channel();
        invitation.associationType = (short) request.associationType();
        invitation.codeHash = InvitationCodes.hash(code);
        invitation.sentToEmail = sendTo;
        invitation.status = CustomerInvitation.Status.PENDING;
        invitation.issuedBy = callerName;
        invitation.issuedAt = now;
        // rule 8: online links expire, offline links and QR codes do not
        invitation.expiresAt = request.channel() == Channel.ONLINE ? now.plus(config.onlineValidity()) : null;
        invitations.persist(invitation);
        events.invitationIssued(invitation);
        String url = config.linkPrefix() + code;
        if (sendTo != null) {
            emails.fire(new InvitationEmail(sendTo, invitation.partnerId, url, invitation.expiresAt));
        }
        return new Issued(invitation, code, url);
    }

    @Transactional
    public Page<CustomerInvitation> query(String callerId, String indirectPartnerId, UUID registrationId, int offset,
                                          int limit) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        return invitations.page(scope, registrationId, offset, limit);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
