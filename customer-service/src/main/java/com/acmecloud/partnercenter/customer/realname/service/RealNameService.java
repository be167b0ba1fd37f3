package com.acmecloud.partnercenter.customer.realname.service;

import com.acmecloud.partnercenter.customer.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.domain.PartnerProjection;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
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
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.service.SubCustomerOwnership;
import com.acmecloud.partnercenter.customer.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.customer.service.VerificationCodeChecker;
import com.acmecloud.partnercenter.customer.service.VerificationCodeService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Rules 49–55: a partner submits its sub-customer's real-name authentication, an operator reviews it, the
 * partner polls the result. Every submission goes to manual review here ({@code is_review} 1).
 */
@ApplicationScoped
public class RealNameService {

    private final SubCustomerOwnership ownership;
    private final SubCustomerRepository customers;
    private final PartnerProjectionRepository partners;
    private final RealNameAuthRepository auths;
    private final PrivacyConsentRepository consents;
    private final VerificationCodeChecker codeChecker;
    private final VerificationCodeRepository codes;
    private final RealNameEventPublisher events;
    private final RealNameConfig config;
    private final IdNumberHasher hasher;
    private final Clock clock;

    RealNameService(SubCustomerOwnership ownership, SubCustomerRepository customers,
                    PartnerProjectionRepository partners, RealNameAuthRepository auths,
                    PrivacyConsentRepository consents, VerificationCodeChecker codeChecker,
                    VerificationCodeRepository codes, RealNameEventPublisher events, RealNameConfig config,
                    Clock clock) {
        this.ownership = ownership;
        this.customers = customers;
        this.partners = partners;
        this.auths = auths;
        this.consents = consents;
        this.codeChecker = codeChecker;
        this.codes = codes;
        this.events = events;
        this.config = config;
        this.hasher = new IdNumberHasher(config.idNumberHashKey());
        this.clock = clock;
    }

    @Transactional
    public RealNameAuth submitIndividual(String partnerId, String submittedBy, IndividualApplication application) {
        ApplicationRules.checkIndividual(application, formats());
        Accepted accepted = accept(partnerId, application.customerId(), false);
        String numberHash = hasher.hash(application.verifiedNumber());
        limitAttemptsAndNumber(accepted.customer(), numberHash);

        RealNameAuth auth = newAuth(accepted, AuthType.INDIVIDUAL, application.identifyType(), ApplicationRules.NEW,
                application.name(), numberHash, application.files(), application.xaccountType(), submittedBy);
        auth.verifiedType = application.verifiedType() == null ? null : application.verifiedType().shortValue();
        IndividualApplication.BankCard card = application.bankCard();
        if (card != null) {
            String mobile = CustomerAccountRules.chinaMobile(card.mobile())
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
            UUID codeId = codeChecker.check(mobile, VerificationCodeService.SCENE_BANK_CARD_REAL_NAME,
                    accepted.customer().customerId, card.verificationCode());
            codes.findById(codeId).usedAt = clock.instant();
            auth.bankAccountMasked = RealNameAuth.mask(card.bankAccount());
            auth.bankMobileMasked = RealNameAuth.mask(mobile);
        }
        return persist(auth, accepted.customer());
    }

    /** @param change PUT (rule 54: individual to enterprise) rather than POST */
    @Transactional
    public RealNameAuth submitEnterprise(String partnerId, String submittedBy, EnterpriseApplication application,
                                         boolean change) {
        ApplicationRules.checkEnterprise(application, formats(), change);
        Accepted accepted = accept(partnerId, application.customerId(), change);
        String numberHash = hasher.hash(application.verifiedNumber());
        limitAttemptsAndNumber(accepted.customer(), numberHash);

        RealNameAuth auth = newAuth(accepted, AuthType.ENTERPRISE, application.identifyType(),
                change ? ApplicationRules.INDIVIDUAL_TO_ENTERPRISE : ApplicationRules.NEW, application.corpName(),
                numberHash, application.files(), application.xaccountType(), submittedBy);
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
    }

    /** Rule 52: the latest submission of the partner's customer. */
    @Transactional
    public RealNameAuth result(String partnerId, String customerId) {
        SubCustomer customer = ownership.requireOwn(partnerId, customerId);
        return auths.latest(customer.customerId).orElseThrow(() -> new CbcException(CbcError.REAL_NAME_RESULT_NOT_FOUND));
    }

    @Transactional
    public Page<RealNameAuth> byStatus(ReviewStatus status, int offset, int limit) {
        return auths.byStatus(status, offset, limit);
    }

    /** An operator approves or rejects a submission under review (rules 52, 55). */
    @Transactional
    public RealNameAuth review(UUID authId, boolean approve, String opinion, String reviewer) {
        RealNameAuth unlocked = auths.findByIdOptional(authId)
                .orElseThrow(() -> new CbcException(CbcError.REAL_NAME_AUTH_NOT_FOUND));
        // lock order as in submissions: the customer first, then its submission
        SubCustomer customer = customers.lock(unlocked.customerId);
        RealNameAuth auth = auths.findForUpdate(authId).orElseThrow();
        auths.getEntityManager().refresh(auth);
        if (auth.status != ReviewStatus.REVIEWING) {
            throw new CbcException(CbcError.REAL_NAME_AUTH_ALREADY_REVIEWED);
        }
        auth.review(approve, opinion, reviewer, clock.instant());
        if (approve) {
            RealNameStateRules.approved(customer, auth);
        } else {
            RealNameStateRules.rejected(customer, auth);
        }
        events.reviewed(auth, customer);
        return auth;
    }

    /** The partner's customer, locked, once rule 49, the customer's consent and rules 53–54 allow a submission. */
    private Accepted accept(String partnerId, String customerId, boolean change) {
        PartnerProjection partner = partners.view(partnerId);
        if (!partner.realNameAttachmentUpload || partner.obsBucketName == null) {
            throw new CbcException(CbcError.REAL_NAME_UPLOAD_NOT_ENABLED);
        }
        SubCustomer customer = ownership.requireOwnForUpdate(partnerId, customerId);
        if (!consents.hasConsent(customer.customerId)) {
            throw new CbcException(CbcError.PRIVACY_CONSENT_MISSING);
        }
        if (change) {
            RealNameStateRules.requireChangeAllowed(customer);
        } else {
            RealNameStateRules.requireNewAllowed(customer);
        }
        return new Accepted(customer, partner.obsBucketName);
    }

    private void limitAttemptsAndNumber(SubCustomer customer, String numberHash) {
        RealNameStateRules.requireAttemptLeft(auths.attempts(customer.customerId), config.maxAttemptsPerCustomer());
        auths.lockNumber(numberHash);
        RealNameStateRules.requireIdNumberAvailable(auths.otherCustomersWithNumber(numberHash, customer.customerId),
                config.maxCustomersPerIdNumber());
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

    private RealNameAuth persist(RealNameAuth auth, SubCustomer customer) {
        try {
            auths.persistAndFlush(auth);
        } catch (ConstraintViolationException e) {
            // the row lock makes this unreachable in practice; the unique index is the last line of defence
            throw new CbcException(CbcError.REAL_NAME_ALREADY_SUBMITTED);
        }
        RealNameStateRules.submitted(customer);
        events.submitted(auth);
        return auth;
    }

    private List<String> formats() {
        return config.fileFormats().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private record Accepted(SubCustomer customer, String bucket) {
    }
}
