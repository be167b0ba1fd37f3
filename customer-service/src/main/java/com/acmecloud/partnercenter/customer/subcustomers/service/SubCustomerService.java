package com.acmecloud.partnercenter.customer.subcustomers.service;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.events.CustomerEventPublisher;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.PasswordHasher;
import com.acmecloud.partnercenter.customer.deals.service.ApiCreatedProspects;
import com.acmecloud.partnercenter.customer.partners.domain.AssociationRules.Decision;
import com.acmecloud.partnercenter.customer.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.customer.subcustomers.domain.SubCustomerFilter;
import com.acmecloud.partnercenter.customer.subcustomers.repository.SubCustomerQueryRepository;
import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeChecker;
import com.acmecloud.partnercenter.customer.verification.service.VerificationCodeService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final SubCustomerQueryRepository queries;
    private final PartnerScopes scopes;
    private final VerificationCodeRepository codes;
    private final VerificationCodeChecker codeChecker;
    private final AssociationHistoryRepository history;
    private final ApiCreatedProspects prospects;
    private final CustomerEventPublisher events;
    private final PasswordHasher passwords;
    private final Clock clock;

    SubCustomerService(SubCustomerRepository customers, SubCustomerQueryRepository queries, PartnerScopes scopes,
                       VerificationCodeRepository codes, VerificationCodeChecker codeChecker,
                       AssociationHistoryRepository history, ApiCreatedProspects prospects,
                       CustomerEventPublisher events, PasswordHasher passwords, Clock clock) {
        this.customers = customers;
        this.queries = queries;
        this.scopes = scopes;
        this.codes = codes;
        this.codeChecker = codeChecker;
        this.history = history;
        this.prospects = prospects;
        this.events = events;
        this.passwords = passwords;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<SubCustomer> create(String callerId, String callerName, NewSubCustomer request) {
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
        String mobilePhone = mobile;
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return scopes.decide(callerId, request.indirectPartnerId())
                // rule 20 before the uniqueness check, so that no partner probes another's xaccount_ids
                .call(() -> scopes.requireOwnPlatform(callerId, request.xaccountType()))
                .call(() -> refuseTaken(customers.xaccountTaken(request.xaccountType(), request.xaccountId()),
                        CbcError.DUPLICATE_XACCOUNT_ID))
                .call(() -> refuseTaken(customers.domainNameTaken(domainName), CbcError.CUSTOMER_LOGIN_NAME_EXISTS))
                .chain(decision -> prospects.claim(decision.partnerId(), mobilePhone, now)
                        .call(() -> mobilePhone == null ? Uni.createFrom().voidItem()
                                : useCode(mobilePhone, request.verificationCode()))
                        .chain(claimed -> passwords.hash(request.password())
                                .map(passwordHash -> newCustomer(request, decision, domainName, mobilePhone,
                                        passwordHash, callerName, now))
                                .call(this::persistNew)
                                .call(customer -> history.persist(AssociationHistory.of(customer, customer.partnerId,
                                        Action.ASSOCIATED, null, Initiator.PARTNER, callerName, now)))
                                .call(customer -> prospects.convert(claimed, customer, callerName, now))))
                .call(events::subCustomerCreated)
                .call(events::associated);
    }

    @WithSession // reads open no transaction (no BEGIN/COMMIT round trips, no flush)
    public Uni<Page<SubCustomer>> query(String callerId, String indirectPartnerId, SubCustomerFilter filter,
                                        int offset, int limit) {
        return scopes.queryScope(callerId, indirectPartnerId)
                .chain(scope -> queries.page(scope, filter, offset, limit));
    }

    /** Whether a login name, mobile number or e-mail address can still register. */
    @WithSession
    public Uni<IdentityCheck> checkIdentity(String searchType, String searchValue) {
        Uni<Boolean> used = switch (searchType) {
            case "name" -> customers.domainNameTaken(searchValue);
            case "mobile" -> customers.mobileTaken(CustomerAccountRules.chinaMobile(searchValue)
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID)));
            default -> customers.emailTaken(searchValue);
        };
        return used.map(taken -> taken ? IdentityCheck.USED_BY_USER : IdentityCheck.AVAILABLE);
    }

    private static Uni<Void> refuseTaken(Uni<Boolean> taken, CbcError error) {
        return taken.invoke(yes -> {
            if (yes) {
                throw new CbcException(error);
            }
        }).replaceWithVoid();
    }

    /** Rule 21: the number's code is checked (in a transaction of its own) and then used up in this one. */
    private Uni<Void> useCode(String mobile, String verificationCode) {
        return refuseTaken(customers.mobileTaken(mobile), CbcError.CUSTOMER_MOBILE_EXISTS)
                .chain(() -> codeChecker.check(mobile, VerificationCodeService.SCENE_REGISTER, verificationCode))
                // Huawei's create API documents CBC.99000027 for an expired code (CBC.99004008 is the code APIs' own)
                .onFailure(failure -> failure instanceof CbcException refusal
                        && refusal.error() == CbcError.VERIFICATION_CODE_EXPIRED)
                .transform(failure -> new CbcException(CbcError.CUSTOMER_VERIFICATION_CODE_EXPIRED))
                .chain(codes::findById)
                .invoke(code -> code.usedAt = clock.instant())
                .replaceWithVoid();
    }

    private static SubCustomer newCustomer(NewSubCustomer request, Decision decision, String domainName, String mobile,
                                           String passwordHash, String callerName, Instant now) {
        SubCustomer customer = new SubCustomer();
        customer.customerId = UUID.randomUUID().toString().replace("-", "");
        customer.domainName = domainName;
        customer.xaccountId = request.xaccountId();
        customer.xaccountType = request.xaccountType();
        customer.mobilePhone = mobile;
        customer.passwordHash = passwordHash;
        customer.closeMarketMs = request.closeMarketMs();
        // rule 17: resale unless the deprecated cooperation_type 1 (referral) is sent
        customer.associate(decision.partnerId(), decision.distributorId(),
                "1".equals(request.cooperationType()) ? SubCustomer.REFERRAL : SubCustomer.RESALE, now);
        customer.createdBy = callerName;
        customer.createdAt = now;
        return customer;
    }

    private Uni<SubCustomer> persistNew(SubCustomer customer) {
        return customers.persistAndFlush(customer)
                // a concurrent create won the race for the same identity: answer as the pre-checks above would
                .onFailure(failure -> ConstraintViolations.constraintOf(failure).isPresent())
                .transform(failure -> new CbcException(duplicateOf(ConstraintViolations.constraintOf(failure).get())));
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
