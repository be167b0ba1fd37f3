package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.config.InvitationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation.Channel;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.InvitationCodes;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.CustomerInvitationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.service.InvitationMailer.InvitationEmail;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    /**
     * A new invitation and its code, which exists only in this answer (the database keeps a hash), and the e-mail to
     * send once the issuing transaction has committed (null for none).
     */
    public record Issued(CustomerInvitation invitation, String code, String url, InvitationEmail email) {
    }

    private final DealRegistrationRepository registrations;
    private final CustomerInvitationRepository invitations;
    private final PartnerScopes scopes;
    private final DealEventPublisher events;
    private final InvitationConfig config;
    private final Clock clock;

    InvitationService(DealRegistrationRepository registrations, CustomerInvitationRepository invitations,
                      PartnerScopes scopes, DealEventPublisher events, InvitationConfig config, Clock clock) {
        this.registrations = registrations;
        this.invitations = invitations;
        this.scopes = scopes;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** The e-mail of an ONLINE invitation is not sent here: the caller sends {@link Issued#email()} after commit. */
    @WithTransaction
    public Uni<Issued> issue(String callerId, String callerName, NewInvitation request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return scopes.queryScope(callerId, request.indirectPartnerId())
                // locked: a withdrawal cannot slip in between the check and the invitation
                .chain(scope -> registrations.lockOfPartner(scope, request.registrationId()))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.DEAL_REGISTRATION_NOT_FOUND))
                .invoke(registration -> {
                    // rule 7: invitations only to prospects in registered state
                    if (!registration.isActiveAt(now)) {
                        throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
                    }
                })
                // rule 24: a partner that may not associate customers may not invite them either
                .call(() -> scopes.decide(callerId, request.indirectPartnerId()))
                .chain(registration -> {
                    String sendTo = sendTo(request, registration);
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
                    invitation.expiresAt = request.channel() == Channel.ONLINE ? now.plus(config.onlineValidity())
                            : null;
                    String url = config.linkPrefix() + code;
                    InvitationEmail email = sendTo == null ? null
                            : new InvitationEmail(sendTo, invitation.partnerId, url, invitation.expiresAt);
                    return invitations.persist(invitation)
                            .call(events::invitationIssued)
                            .replaceWith(new Issued(invitation, code, url, email));
                });
    }

    @WithTransaction
    public Uni<Page<CustomerInvitation>> query(String callerId, String indirectPartnerId, UUID registrationId,
                                               int offset, int limit) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> invitations.page(scope, registrationId, offset, limit));
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** ONLINE: the e-mail given, else the registration's (required); OFFLINE: none. */
    private static String sendTo(NewInvitation request, DealRegistration registration) {
        if (request.channel() != Channel.ONLINE) {
            return null;
        }
        String sendTo = request.email() != null ? request.email() : registration.email;
        if (sendTo == null) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("email", CbcError.INVALID_PARAMETER,
                            "is required for an ONLINE invitation when the registration has no e-mail")));
        }
        return sendTo;
    }
}
