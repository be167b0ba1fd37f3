package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.accountfacts.service.AccountFacts;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.events.CustomerEventPublisher;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import com.acmecloud.partnercenter.customer.deals.config.InvitationConfig;
import com.acmecloud.partnercenter.customer.deals.domain.CustomerInvitation;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.domain.InvitationCodes;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectRules;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.CustomerInvitationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.deals.repository.PoolProspectRepository;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

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
    private final PartnerScopes scopes;
    private final AssociationHistoryRepository history;
    private final CustomerIdentity identity;
    private final SignUp signUp;
    private final CustomerEventPublisher customerEvents;
    private final DealEventPublisher dealEvents;
    private final VerificationCodeService codes;
    private final InvitationConfig config;
    private final AccountFacts accountFacts;
    private final Clock clock;

    InvitationAcceptanceService(CustomerInvitationRepository invitations, DealRegistrationRepository registrations,
                                PoolProspectRepository pool, SubCustomerRepository customers, PartnerScopes scopes,
                                AssociationHistoryRepository history, CustomerIdentity identity, SignUp signUp,
                                CustomerEventPublisher customerEvents, DealEventPublisher dealEvents,
                                VerificationCodeService codes, InvitationConfig config, AccountFacts accountFacts,
                                Clock clock) {
        this.invitations = invitations;
        this.registrations = registrations;
        this.pool = pool;
        this.customers = customers;
        this.scopes = scopes;
        this.history = history;
        this.identity = identity;
        this.signUp = signUp;
        this.customerEvents = customerEvents;
        this.dealEvents = dealEvents;
        this.codes = codes;
        this.config = config;
        this.accountFacts = accountFacts;
        this.clock = clock;
    }

    /** Rule 9: the invitation if it could be accepted now, else the reason it cannot (rule 10: this site only). */
    @WithTransaction
    public Uni<Preview> preview(CustomerIdentity.Token token, String code) {
        Instant now = now();
        return identity.requireThisSite(token).chain(() -> known(code, false))
                .chain(invitation -> usable(invitation, now, List.of())
                        .map(registration -> new Preview(invitation, registration)));
    }

    /**
     * Sends the code that proves a sign-up contact (rule 21's limits per number or address): only to a contact the
     * registration of a usable invitation names, so the endpoint cannot text or mail anyone else; never to a person
     * of the other site (rule 10).
     *
     * @param mobilePhone as sent, or null; exactly one of it and {@code email}
     */
    @WithTransaction
    public Uni<Void> sendSignUpCode(CustomerIdentity.Token token, String code, String mobilePhone, String email,
                                    String lang) {
        String mobile = mobilePhone == null ? null : CustomerAccountRules.chinaMobile(mobilePhone)
                .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
        String mail = email == null ? null : ProspectContacts.email(email)
                .orElseThrow(() -> new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                        List.of(ErrorDetail.of("email", CbcError.PARAMETER_ERROR, "must be an e-mail address"))));
        Instant now = now();
        String subject = token.subject();
        return identity.requireThisSite(token).chain(() -> known(code, false))
                .chain(invitation -> usable(invitation, now, List.of()))
                .chain(registration -> {
                    if (registration.customerId != null || !registration.names(mobile, mail)) {
                        throw new CbcException(CbcError.INVITATION_FOR_ANOTHER_CUSTOMER);
                    }
                    return mobile != null
                            ? codes.send(mobile, null, VerificationCodeService.SCENE_REGISTER, lang, subject)
                            : codes.sendEmail(mail, null, VerificationCodeService.SCENE_REGISTER, lang, subject);
                });
    }

    /**
     * Accepts the invitation. A caller with an account associates it; a caller without one signs up with
     * {@code data} (which must match the registered prospect) and the new account is associated. Rule 10: a customer
     * of the other site is refused before anything is read.
     */
    @WithTransaction
    public Uni<SubCustomer> accept(CustomerIdentity.Token token, String code, SignUp.Data data) {
        // the invitation row lock serialises accepts of one code: the second sees it used
        return identity.requireThisSite(token).chain(() -> known(code, true)).chain(invitation -> {
            Instant now = now();
            return identity.account(token)
                    .chain(existing -> {
                        if (existing == null && token.customerId() != null) {
                            throw new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND);
                        }
                        return existing == null ? Uni.createFrom().<SubCustomer>nullItem()
                                : customers.lock(existing.customerId);
                    })
                    .chain(account -> accept(invitation, account, account == null ? signUp.validate(data) : null,
                            token.subject(), now));
        });
    }

    private Uni<SubCustomer> accept(CustomerInvitation invitation, SubCustomer existing, SignUp.Data signUpData,
                                    String subject, Instant now) {
        String[] contact = existing != null
                ? new String[] {existing.customerId, existing.mobilePhone, existing.email}
                : new String[] {null, signUpData.mobilePhone(), signUpData.email()};
        boolean newAccount = existing == null;
        return usable(invitation, now, List.<String[]>of(contact))
                // rules 23-24 as of now: the partner (or its distributor) may still associate customers
                .call(registration -> scopes.decide(
                        registration.distributorId != null ? registration.distributorId : registration.partnerId,
                        registration.distributorId != null ? registration.partnerId : null))
                .chain(registration -> accountFor(registration, existing, signUpData, subject, now)
                        .call(account -> associate(invitation, registration, account, subject, now))
                        .call(account -> newAccount ? customerEvents.subCustomerCreated(account)
                                : Uni.createFrom().voidItem())
                        .call(customerEvents::associated)
                        .call(account -> dealEvents.invitationAccepted(invitation, account, newAccount, subject)));
    }

    /** The caller's existing account once rule 10 allows it, or the account signed up for now. */
    private Uni<SubCustomer> accountFor(DealRegistration registration, SubCustomer existing, SignUp.Data signUpData,
                                        String subject, Instant now) {
        if (existing != null) {
            return accountFacts.standing(existing.customerId).map(standing -> {
                ProspectRules.refusalToAssociate(existing, registration, now, config.unregisteredAccountMaxAge(),
                        standing).ifPresent(refusal -> {
                            throw new CbcException(refusal);
                        });
                return existing;
            });
        }
        if (registration.customerId != null || !registration.names(signUpData.mobilePhone(), signUpData.email())) {
            throw new CbcException(CbcError.INVITATION_FOR_ANOTHER_CUSTOMER);
        }
        return prove(signUpData).chain(() -> signUp.create(signUpData, subject, now));
    }

    /**
     * Rule 21, as for create-customer: each contact the sign-up claims is proven by the newest code sent to it (checked
     * in a transaction of its own, so that a failed check counts; used up in this one).
     */
    private Uni<Void> prove(SignUp.Data data) {
        if (data.mobilePhone() != null && data.mobileCode() == null) {
            throw missingCode("verification_code", "is required with mobile_phone");
        }
        if (data.email() != null && data.emailCode() == null) {
            throw missingCode("email_verification_code", "is required with email");
        }
        Uni<Void> mobile = data.mobilePhone() == null ? Uni.createFrom().voidItem()
                : codes.useSmsCode(data.mobilePhone(), VerificationCodeService.SCENE_REGISTER, data.mobileCode());
        return mobile.chain(() -> data.email() == null ? Uni.createFrom().voidItem()
                : codes.useEmailCode(data.email(), VerificationCodeService.SCENE_REGISTER, data.emailCode()));
    }

    private static CbcException missingCode(String field, String why) {
        return new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                List.of(ErrorDetail.of(field, CbcError.INVALID_PARAMETER,
                        why + ": send one with POST /v2/customers/invitations/{code}/verification-codes")));
    }

    private Uni<Void> associate(CustomerInvitation invitation, DealRegistration registration, SubCustomer account,
                                String subject, Instant now) {
        account.associate(registration.partnerId, registration.distributorId, invitation.associationType, now);
        return history.persist(AssociationHistory.of(account, registration.partnerId, Action.ASSOCIATED, null,
                        Initiator.CUSTOMER, subject, now))
                .invoke(() -> {
                    invitation.use(account.customerId, now);
                    registration.convert(account.customerId, subject, now);
                })
                // the prospect is a customer now: it leaves the public pool too
                .chain(() -> pool.openFor(account.mobilePhone, account.email))
                .invoke(open -> open.forEach(pooled -> pooled.takeBy(registration.registrationId, now)))
                .replaceWithVoid();
    }

    private Uni<CustomerInvitation> known(String code, boolean lock) {
        if (!InvitationCodes.wellFormed(code)) {
            return Uni.createFrom().failure(new CbcException(CbcError.INVITATION_NOT_FOUND));
        }
        String hash = InvitationCodes.hash(code);
        return (lock ? invitations.lockByCodeHash(hash) : invitations.findByCodeHash(hash))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.INVITATION_NOT_FOUND));
    }

    /**
     * Rule 9 in order: used or expired; the prospect (as registered, or as the accepting customer, by any of
     * {@code contacts}: customer id, mobile, e-mail) now registered by another partner; the registration withdrawn
     * or converted, or (ONLINE only) run out.
     */
    private Uni<DealRegistration> usable(CustomerInvitation invitation, Instant now, List<String[]> contacts) {
        invitation.refusalAt(now).ifPresent(refusal -> {
            throw new CbcException(refusal);
        });
        return registrations.lock(invitation.registrationId).call(registration -> {
            List<String[]> keys = new ArrayList<>(contacts);
            keys.add(new String[] {registration.customerId, registration.mobilePhone, registration.email});
            return Sequentially.forEach(keys, key -> registrations.lockActiveOf(key[0], key[1], key[2])
                    .invoke(holders -> {
                        for (DealRegistration holder : holders) {
                            if (!holder.partnerId.equals(registration.partnerId) && holder.isActiveAt(now)) {
                                throw new CbcException(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER);
                            }
                        }
                    }));
        }).invoke(registration -> {
            // rule 8: an OFFLINE link / QR code outlives the registration's validity, an ONLINE one cannot
            if (!invitation.registrationAllowsAt(registration, now)) {
                throw new CbcException(CbcError.DEAL_REGISTRATION_NOT_ACTIVE);
            }
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
