package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.realname.config.RealNameConfig;
import com.acmecloud.partnercenter.customer.realname.domain.ApplicationRules;
import com.acmecloud.partnercenter.customer.realname.domain.AuthType;
import com.acmecloud.partnercenter.customer.realname.domain.EnterpriseApplication;
import com.acmecloud.partnercenter.customer.realname.domain.IdNumberHasher;
import com.acmecloud.partnercenter.customer.realname.domain.IndividualApplication;
import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.customer.realname.domain.RealNameStateRules;
import com.acmecloud.partnercenter.customer.realname.domain.ReviewStatus;
import com.acmecloud.partnercenter.customer.realname.events.RealNameEventPublisher;
import com.acmecloud.partnercenter.customer.realname.repository.PrivacyConsentRepository;
import com.acmecloud.partnercenter.customer.realname.repository.RealNameAuthRepository;
import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeChecker;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Rules 49–55: a partner submits its sub-customer's real-name authentication, an operator reviews it, the
 * partner polls the result. Every submission goes to manual review here ({@code is_review} 1).
 */
@ApplicationScoped
public class RealNameService {

    private static final String ATTACHMENTS_FIELD = "verified_file_url";

    private final SubCustomerOwnership ownership;
    private final SubCustomerRepository customers;
    private final PartnerProjectionRepository partners;
    private final RealNameAuthRepository auths;
    private final PrivacyConsentRepository consents;
    private final VerificationCodeChecker codeChecker;
    private final VerificationCodeRepository codes;
    private final RealNameEventPublisher events;
    private final RealNameAttachments attachments;
    private final RealNameConfig config;
    private final IdNumberHasher hasher;
    private final Clock clock;

    RealNameService(SubCustomerOwnership ownership, SubCustomerRepository customers,
                    PartnerProjectionRepository partners, RealNameAuthRepository auths,
                    PrivacyConsentRepository consents, VerificationCodeChecker codeChecker,
                    VerificationCodeRepository codes, RealNameEventPublisher events,
                    RealNameAttachments attachments, RealNameConfig config, Clock clock) {
        this.ownership = ownership;
        this.customers = customers;
        this.partners = partners;
        this.auths = auths;
        this.consents = consents;
        this.codeChecker = codeChecker;
        this.codes = codes;
        this.events = events;
        this.attachments = attachments;
        this.config = config;
        this.hasher = new IdNumberHasher(config.idNumberHashKey());
        this.clock = clock;
    }

    @WithTransaction
    public Uni<RealNameAuth> submitIndividual(String partnerId, String submittedBy,
                                              IndividualApplication application) {
        ApplicationRules.checkIndividual(application, formats());
        String numberHash = hasher.hash(application.verifiedNumber());
        return accept(partnerId, application.customerId(), false, application.files())
                .call(accepted -> limitAttemptsAndNumber(accepted.customer(), numberHash))
                .chain(accepted -> {
                    RealNameAuth auth = newAuth(accepted, AuthType.INDIVIDUAL, application.identifyType(),
                            ApplicationRules.NEW, application.name(), numberHash, application.files(),
                            application.xaccountType(), submittedBy);
                    auth.verifiedType = application.verifiedType() == null ? null
                            : application.verifiedType().shortValue();
                    IndividualApplication.BankCard card = application.bankCard();
                    if (card == null) {
                        return persist(auth, accepted.customer());
                    }
                    String mobile = CustomerAccountRules.chinaMobile(card.mobile())
                            .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
                    return codeChecker.check(mobile, VerificationCodeService.SCENE_BANK_CARD_REAL_NAME,
                                    accepted.customer().customerId, card.verificationCode())
                            .chain(codes::findById)
                            .invoke(code -> code.usedAt = clock.instant())
                            .chain(() -> {
                                auth.bankAccountMasked = RealNameAuth.mask(card.bankAccount());
                                auth.bankMobileMasked = RealNameAuth.mask(mobile);
                                return persist(auth, accepted.customer());
                            });
                });
    }

    /** @param change PUT (rule 54: individual to enterprise) rather than POST */
    @WithTransaction
    public Uni<RealNameAuth> submitEnterprise(String partnerId, String submittedBy,
                                              EnterpriseApplication application, boolean change) {
        ApplicationRules.checkEnterprise(application, formats(), change);
        String numberHash = hasher.hash(application.verifiedNumber());
        return accept(partnerId, application.customerId(), change, application.files())
                .call(accepted -> limitAttemptsAndNumber(accepted.customer(), numberHash))
                .chain(accepted -> {
                    RealNameAuth auth = newAuth(accepted, AuthType.ENTERPRISE, application.identifyType(),
                            change ? ApplicationRules.INDIVIDUAL_TO_ENTERPRISE : ApplicationRules.NEW,
                            application.corpName(), numberHash, application.files(), application.xaccountType(),
                            submittedBy);
                    auth.certificateType = (short) application.certificateType();
                    auth.regCountry = application.regCountry();
                    auth.regAddress = application.regAddress();
                    EnterpriseApplication.LegalPerson person = application.legalPerson();
                    if (person != null) {
                        auth.legalPersonName = person.name();
                        auth.legalIdNumberHash = hasher.hash(person.idNumber());
                        auth.certifierRole = person.certifierRole();
                    }
                    return persist(auth, accepted.customer());
                });
    }

    /** Rule 52: the latest submission of the partner's customer. */
    @WithTransaction
    public Uni<RealNameAuth> result(String partnerId, String customerId) {
        return ownership.requireOwn(partnerId, customerId)
                .chain(customer -> auths.latest(customer.customerId))
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.REAL_NAME_RESULT_NOT_FOUND));
    }

    @WithTransaction
    public Uni<Page<RealNameAuth>> byStatus(ReviewStatus status, int offset, int limit) {
        return auths.byStatus(status, offset, limit);
    }

    /** An operator approves or rejects a submission under review (rules 52, 55). */
    @WithTransaction
    public Uni<RealNameAuth> review(UUID authId, boolean approve, String opinion, String reviewer) {
        return auths.findById(authId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.REAL_NAME_AUTH_NOT_FOUND))
                // lock order as in submissions: the customer first, then its submission
                .chain(unlocked -> customers.lock(unlocked.customerId))
                .chain(customer -> auths.findForUpdate(authId).map(auth -> {
                    if (auth.status != ReviewStatus.REVIEWING) {
                        throw new CbcException(CbcError.REAL_NAME_AUTH_ALREADY_REVIEWED);
                    }
                    auth.review(approve, opinion, reviewer, clock.instant());
                    if (approve) {
                        RealNameStateRules.approved(customer, auth);
                    } else {
                        RealNameStateRules.rejected(customer, auth);
                    }
                    return auth;
                }).call(auth -> events.reviewed(auth, customer)));
    }

    /**
     * The partner's customer, locked, once rule 49, the attachments in the partner's bucket (rule 50), the customer's
     * consent and rules 53–54 allow a submission. The bucket is asked before the customer row is locked, so that no
     * lock waits on the object store.
     */
    private Uni<Accepted> accept(String partnerId, String customerId, boolean change, List<String> files) {
        return partners.view(partnerId).chain(partner -> {
            if (!partner.realNameAttachmentUpload || partner.obsBucketName == null) {
                throw new CbcException(CbcError.REAL_NAME_UPLOAD_NOT_ENABLED);
            }
            return attachments.check(partner.obsBucketName, partner.obsRegion, ATTACHMENTS_FIELD, files, formats())
                    .chain(() -> ownership.requireOwnForUpdate(partnerId, customerId))
                    .call(customer -> consents.hasConsent(customer.customerId).invoke(consented -> {
                        if (!consented) {
                            throw new CbcException(CbcError.PRIVACY_CONSENT_MISSING);
                        }
                    }))
                    .map(customer -> {
                        if (change) {
                            RealNameStateRules.requireChangeAllowed(customer);
                        } else {
                            RealNameStateRules.requireNewAllowed(customer);
                        }
                        return new Accepted(customer, partner.obsBucketName);
                    });
        });
    }

    private Uni<Void> limitAttemptsAndNumber(SubCustomer customer, String numberHash) {
        return auths.attempts(customer.customerId)
                .invoke(attempts -> RealNameStateRules.requireAttemptLeft(attempts, config.maxAttemptsPerCustomer()))
                .chain(() -> auths.lockNumber(numberHash))
                .chain(() -> auths.otherCustomersWithNumber(numberHash, customer.customerId))
                .invoke(others -> RealNameStateRules.requireIdNumberAvailable(others, config.maxCustomersPerIdNumber()))
                .replaceWithVoid();
    }

    private RealNameAuth newAuth(Accepted accepted, AuthType type, int identifyType, int changeType, String name,
                                 String numberHash, List<String> files, String xaccountType, String submittedBy) {
        RealNameAuth auth = new RealNameAuth();
        auth.authId = UUID.randomUUID();
        auth.customerId = accepted.customer().customerId;
        auth.partnerId = accepted.customer().partnerId;
        auth.authType = type;
        auth.identifyType = (short) identifyType;
        auth.changeType = (short) changeType;
        auth.name = name;
        auth.verifiedNumberHash = numberHash;
        auth.files(files);
        auth.xaccountType = xaccountType;
        auth.obsBucketName = accepted.bucket();
        auth.status = ReviewStatus.REVIEWING;
        auth.submittedBy = submittedBy;
        auth.submittedAt = clock.instant();
        return auth;
    }

    private Uni<RealNameAuth> persist(RealNameAuth auth, SubCustomer customer) {
        return auths.persistAndFlush(auth)
                // the row lock makes this unreachable in practice; the unique index is the last line of defence
                .onFailure(failure -> ConstraintViolations.constraintOf(failure).isPresent())
                .transform(failure -> new CbcException(CbcError.REAL_NAME_ALREADY_SUBMITTED))
                .invoke(() -> RealNameStateRules.submitted(customer))
                .call(events::submitted);
    }

    private List<String> formats() {
        return config.fileFormats().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private record Accepted(SubCustomer customer, String bucket) {
    }
}
