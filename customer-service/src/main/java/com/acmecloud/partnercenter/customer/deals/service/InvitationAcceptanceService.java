package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.config.InvitationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.InvitationCodes;
import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectRules;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.CustomerInvitationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.events.CustomerEventPublisher;
import com.acmecloud.partnercenter.customer.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.service.CustomerIdentity;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The customer's side of an invitation (rules 8-10): looking at it, and accepting it — with the caller's account, or
 * by signing up for one — which associates the customer with the partner in the invited mode.
 */
@ApplicationScoped
public class InvitationAcceptanceService {

    /** An invitation as its recipient may see it. */
    public record Preview(CustomerInvitation invitation, DealRegistration registration) {
    }

    private final CustomerInvitationRepository invitations;
    private final DealRegistrationRepository registrations;
    private final PoolProspectRepository pool;
    private final SubCustomerRepository customers;
    private final PartnerProjectionRepository partners;
    private final AssociationHistoryRepository history;
    private final CustomerIdentity identity;
    private final Caller caller;
    private final SignUp signUp;
    private final CustomerEventPublisher customerEvents;
    private final DealEventPublisher dealEvents;
    private final InvitationConfig config;
    private final Clock clock;

    InvitationAcceptanceService(CustomerInvitationRepository invitations, DealRegistrationRepository registrations,
                                PoolProspectRepository pool, SubCustomerRepository customers,
                                PartnerProjectionRepository partners, AssociationHistoryRepository history,
                                CustomerIdentity identity, Caller caller, SignUp signUp,
                                CustomerEventPublisher customerEvents, DealEventPublisher dealEvents,
                                InvitationConfig config, Clock clock) {
        this.invitations = invitations;
        this.registrations = registrations;
        this.pool = pool;
        this.customers = customers;
        this.partners = partners;
        this.history = history;
        this.identity = identity;
        this.caller = caller;
        this.signUp = signUp;
        this.customerEvents = customerEvents;
        this.dealEvents = dealEvents;
        this.config = config;
        this.clock = clock;
    }

    /** Rule 9: the invitation if it could be accepted now, else the reason it cannot. */
    @Transactional
    public Preview preview(String code) {
        CustomerInvitation invitation = known(code, false);
        Instant now = now();
        DealRegistration registration = usable(invitation, now, List.of());
        return new Preview(invitation, registration);
    }

    /**
     * Accepts the invitation. A caller with an account associates it; a caller without one signs up with
     * {@code data} (which must match the registered prospect) and the new account is associated.
     */
    @Transactional
    public SubCustomer accept(String code, SignUp.Data data) {
        // the invitation row lock serialises accepts of one code: the second sees it used
        CustomerInvitation invitation = known(code, true);
        Instant now = now();
        String subject = identity.subject();
        Optional<SubCustomer> existing = identity.account();
        if (existing.isEmpty() && caller.customerId().isPresent()) {
            throw new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND);
        }
        SubCustomer account = existing.map(found -> customers.lock(found.customerId)).orElse(null);
        SignUp.Data signUpData = account == null ? signUp.validate(data) : null;

        List<String[]> contacts = new ArrayList<>();
        if (account != null) {
            contacts.add(new String[] {account.customerId, account.mobilePhone, account.email});
        } else {
            contacts.add(new String[] {null, signUpData.mobilePhone(), signUpData.email()});
        }
        DealRegistration registration = usable(invitation, now, contacts);
        // rules 23-24 as of now: the partner (or its distributor) may still associate customers
        AssociationRules.decide(registration.distributorId != null ? registration.distributorId
                : registration.partnerId, registration.distributorId != null ? registration.partnerId : null,
                partners::view);

        boolean newAccount = account == null;
        if (newAccount) {
            if (registration.customerId != null
                    || !registration.names(signUpData.mobilePhone(), signUpData.email())) {
                throw new CbcException(CbcError.INVITATION_FOR_ANOTHER_CUSTOMER);
            }
            account = signUp.create(signUpData, subject, now);
        } else {
            ProspectRules.refusalToAssociate(account, registration, now, config.unregisteredAccountMaxAge())
                    .ifPresent(refusal -> {
                        throw new CbcException(refusal);
                    });
        }

        account.associate(registration.partnerId, registration.distributorId, invitation.associationType, now);
        history.persist(AssociationHistory.of(account, registration.partnerId, Action.ASSOCIATED, null,
                Initiator.CUSTOMER, subject, now));
        invitation.use(account.customerId, now);
        registration.convert(account.customerId, subject, now);
        // the prospect is a customer now: it leaves the public pool too
        for (PoolProspect pooled : pool.openFor(account.mobilePhone, account.email)) {
            pooled.takeBy(registration.registrationId, now);
        }
        if (newAccount) {
            customerEvents.subCustomerCreated(account);
        }
        customerEvents.associated(account);
        dealEvents.invitationAccepted(invitation, account, newAccount, subject);
        return account;
    }

    private CustomerInvitation known(String code, boolean lock) {
        if (!InvitationCodes.wellFormed(code)) {
            throw new CbcException(CbcError.INVITATION_NOT_FOUND);
        }
        String hash = InvitationCodes.hash(code);
        return (lock ? invitations.lockByCodeHash(hash) : invitations.findByCodeHash(hash))
                .orElseThrow(() -> new CbcException(CbcError.INVITATION_NOT_FOUND));
    }

    /**
     * Rule 9 in order: used or expired; the prospect (as registered, or as the accepting customer, by any of
     * {@code contacts}: customer id, mobile, e-mail) now registered by another partner; the registration no longer
     * active (withdrawn, run out or converted).
     */
    private DealRegistration usable(CustomerInvitation invitation, Instant now, List<String[]> contacts) {
        invitation.refusalAt(now).ifPresent(refusal -> {
            throw new CbcException(refusal);
        });
        DealRegistration registration = registrations.lock(invitation.registrationId);
        List<String[]> keys = new ArrayList<>(contacts);
        keys.add(new String[] {registration.customerId, registration.mobilePhone, registration.email});
        for (String[] key : keys) {
            for (DealRegistration holder : registrations.lockActiveOf(key[0], key[1], key[2])) {
                if (!holder.partnerId.equals(registration.partnerId) && holder.isActiveAt(now)) {
                    throw new CbcException(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER);
                }
            }
        }
        if (!registration.isActiveAt(now)) {
            throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
        }
        return registration;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
