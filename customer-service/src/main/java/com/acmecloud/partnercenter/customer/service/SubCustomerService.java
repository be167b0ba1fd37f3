package com.acmecloud.partnercenter.customer.service;

import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.service.ApiCreatedProspects;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.domain.AssociationRules.Decision;
import com.acmecloud.partnercenter.customer.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.domain.PasswordHashes;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.events.CustomerEventPublisher;
import com.acmecloud.partnercenter.customer.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository.Filter;
import com.acmecloud.partnercenter.customer.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Rules 16–21, 23, 24: creating customer accounts for partners, and the partner's view of its customers. */
@ApplicationScoped
public class SubCustomerService {

    /** A create request as the service sees it; blank optional fields are already null. */
    public record NewSubCustomer(String xaccountId, String xaccountType, String domainName, String mobilePhone,
                                 String verificationCode, String password, boolean closeMarketMs,
                                 String cooperationType, String indirectPartnerId) {
    }

    public enum IdentityCheck { AVAILABLE, USED_BY_USER }

    private final SubCustomerRepository customers;
    private final PartnerProjectionRepository partners;
    private final VerificationCodeRepository codes;
    private final VerificationCodeChecker codeChecker;
    private final AssociationHistoryRepository history;
    private final ApiCreatedProspects prospects;
    private final CustomerEventPublisher events;
    private final Clock clock;

    SubCustomerService(SubCustomerRepository customers, PartnerProjectionRepository partners,
                       VerificationCodeRepository codes, VerificationCodeChecker codeChecker,
                       AssociationHistoryRepository history, ApiCreatedProspects prospects,
                       CustomerEventPublisher events, Clock clock) {
        this.customers = customers;
        this.partners = partners;
        this.codes = codes;
        this.codeChecker = codeChecker;
        this.history = history;
        this.prospects = prospects;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SubCustomer create(String callerId, String callerName, NewSubCustomer request) {
        String domainName = request.domainName() == null ? CustomerAccountRules.randomDomainName() : request.domainName();
        if (!CustomerAccountRules.validDomainName(domainName)) {
            throw new CbcException(CbcError.CUSTOMER_LOGIN_NAME_INVALID);
        }
        String mobile = null;
        if (request.mobilePhone() != null) {
            mobile = CustomerAccountRules.chinaMobile(request.mobilePhone())
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
            if (request.verificationCode() == null) {
                throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                        List.of(ErrorDetail.of("verification_code", CbcError.INVALID_PARAMETER,
                                "is required when mobile_phone is given")));
            }
        }
        if (request.password() != null && !CustomerAccountRules.validPassword(request.password(), domainName, mobile)) {
            throw new CbcException(CbcError.CUSTOMER_PASSWORD_INVALID);
        }
        Decision decision = AssociationRules.decide(callerId, request.indirectPartnerId(), partners::view);
        if (customers.xaccountTaken(request.xaccountType(), request.xaccountId())) {
            throw new CbcException(CbcError.DUPLICATE_XACCOUNT_ID);
        }
        if (customers.domainNameTaken(domainName)) {
            throw new CbcException(CbcError.CUSTOMER_LOGIN_NAME_EXISTS);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<DealRegistration> claimed = prospects.claim(decision.partnerId(), mobile, now);
        if (mobile != null) {
            if (customers.mobileTaken(mobile)) {
                throw new CbcException(CbcError.CUSTOMER_MOBILE_EXISTS);
            }
            UUID codeId = codeChecker.check(mobile, VerificationCodeService.SCENE_REGISTER, request.verificationCode());
            codes.findById(codeId).usedAt = clock.instant();
        }

        SubCustomer customer = new SubCustomer();
        customer.customerId = UUID.randomUUID().toString().replace("-", "");
        customer.domainName = domainName;
        customer.xaccountId = request.xaccountId();
        customer.xaccountType = request.xaccountType();
        customer.mobilePhone = mobile;
        customer.passwordHash = request.password() == null ? null : PasswordHashes.hash(request.password());
        customer.closeMarketMs = request.closeMarketMs();
        // rule 17: resale unless the deprecated cooperation_type 1 (referral) is sent
        customer.associate(decision.partnerId(), decision.distributorId(),
                "1".equals(request.cooperationType()) ? SubCustomer.REFERRAL : SubCustomer.RESALE, now);
        customer.createdBy = callerName;
        customer.createdAt = now;
        try {
            customers.persistAndFlush(customer);
        } catch (ConstraintViolationException e) {
            // a concurrent create won the race for the same identity: answer as the pre-checks above would
            throw new CbcException(duplicateOf(String.valueOf(e.getConstraintName())));
        }
        history.persist(AssociationHistory.of(customer, customer.partnerId, Action.ASSOCIATED, null,
                Initiator.PARTNER, callerName, now));
        prospects.convert(claimed, customer, callerName, now);
        events.subCustomerCreated(customer);
        events.associated(customer);
        return customer;
    }

    @Transactional
    public Page<SubCustomer> query(String callerId, String indirectPartnerId, Filter filter, int offset, int limit) {
        String scope = AssociationRules.queryScope(callerId, indirectPartnerId, partners::view);
        return customers.page(scope, filter, offset, limit);
    }

    /** Whether a login name, mobile number or e-mail address can still register. */
    @Transactional
    public IdentityCheck checkIdentity(String searchType, String searchValue) {
        boolean used = switch (searchType) {
            case "name" -> customers.domainNameTaken(searchValue);
            case "mobile" -> customers.mobileTaken(CustomerAccountRules.chinaMobile(searchValue)
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID)));
            default -> customers.emailTaken(searchValue);
        };
        return used ? IdentityCheck.USED_BY_USER : IdentityCheck.AVAILABLE;
    }

    private static CbcError duplicateOf(String constraint) {
        if (constraint.contains("xaccount")) {
            return CbcError.DUPLICATE_XACCOUNT_ID;
        }
        if (constraint.contains("mobile")) {
            return CbcError.CUSTOMER_MOBILE_EXISTS;
        }
        return CbcError.CUSTOMER_LOGIN_NAME_EXISTS;
    }
}
