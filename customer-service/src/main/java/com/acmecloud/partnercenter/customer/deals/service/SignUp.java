package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.core.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.core.service.PasswordHasher;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person without an account signing up through an invitation: the account rules of partner-created customers
 * (rules 18, 19, 21 formats) apply, the account belongs to the token's subject, it has no partner platform
 * (xaccount) and is not associated yet.
 */
@ApplicationScoped
public class SignUp {

    /**
     * Sign-up fields as sent; blank ones are null. Normalised by {@link #validate}. {@code mobileCode} and
     * {@code emailCode} prove the contacts (codes sent by {@code POST /v2/customers/invitations/{code}/
     * verification-codes}).
     */
    public record Data(String domainName, String mobilePhone, String email, String password, String mobileCode,
                       String emailCode) {

        /** Never the password or the codes. */
        @Override
        public String toString() {
            return "SignUp.Data[" + domainName + "]";
        }
    }

    private final SubCustomerRepository customers;
    private final PasswordHasher passwords;

    SignUp(SubCustomerRepository customers, PasswordHasher passwords) {
        this.customers = customers;
        this.passwords = passwords;
    }

    /** Formats only; the data normalised (name generated when absent, mobile 0086-, e-mail lower case). */
    public Data validate(Data data) {
        if (data == null || (data.mobilePhone() == null && data.email() == null)) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("mobile_phone", CbcError.INVALID_PARAMETER,
                            "mobile_phone or email (the registered prospect's) is required to sign up")));
        }
        String domainName = data.domainName() == null ? CustomerAccountRules.randomDomainName() : data.domainName();
        if (!CustomerAccountRules.validDomainName(domainName)) {
            throw new CbcException(CbcError.CUSTOMER_LOGIN_NAME_INVALID);
        }
        String mobile = null;
        if (data.mobilePhone() != null) {
            mobile = CustomerAccountRules.chinaMobile(data.mobilePhone())
                    .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_MOBILE_INVALID));
        }
        String email = null;
        if (data.email() != null) {
            email = ProspectContacts.email(data.email()).orElseThrow(() -> new CbcException(CbcError.PARAMETER_ERROR,
                    CbcError.PARAMETER_ERROR.message(), List.of(ErrorDetail.of("email", CbcError.PARAMETER_ERROR,
                            "must be an e-mail address of at most " + ProspectContacts.MAX_EMAIL_LENGTH
                                    + " characters"))));
        }
        if (data.password() != null && !CustomerAccountRules.validPassword(data.password(), domainName, mobile)) {
            throw new CbcException(CbcError.CUSTOMER_PASSWORD_INVALID);
        }
        return new Data(domainName, mobile, email, data.password(), data.mobileCode(), data.emailCode());
    }

    /** Creates the account of {@code subject} from validated data; not associated yet. */
    public Uni<SubCustomer> create(Data data, String subject, Instant now) {
        return refuseIf(customers.findByOwnerSubject(subject).map(Objects::nonNull),
                        CbcError.CUSTOMER_ALREADY_SIGNED_UP)
                .chain(() -> refuseIf(customers.domainNameTaken(data.domainName()),
                        CbcError.CUSTOMER_LOGIN_NAME_EXISTS))
                .chain(() -> data.mobilePhone() == null ? Uni.createFrom().voidItem()
                        : refuseIf(customers.mobileTaken(data.mobilePhone()), CbcError.CUSTOMER_MOBILE_EXISTS))
                .chain(() -> data.email() == null ? Uni.createFrom().voidItem()
                        : refuseIf(customers.count("lower(email) = ?1", data.email()).map(count -> count > 0),
                                CbcError.CUSTOMER_EMAIL_EXISTS))
                .chain(() -> passwords.hash(data.password()))
                .chain(passwordHash -> {
                    SubCustomer customer = new SubCustomer();
                    customer.customerId = UUID.randomUUID().toString().replace("-", "");
                    customer.domainName = data.domainName();
                    customer.mobilePhone = data.mobilePhone();
                    customer.email = data.email();
                    customer.passwordHash = passwordHash;
                    customer.origin = SubCustomer.Origin.SELF_SIGNUP;
                    customer.ownerSubject = subject;
                    customer.createdBy = subject;
                    customer.createdAt = now;
                    return customers.persistAndFlush(customer)
                            // a concurrent sign-up won the race for the same name, number, e-mail or person
                            .onFailure(failure -> ConstraintViolations.constraintOf(failure).isPresent())
                            .transform(failure ->
                                    new CbcException(duplicateOf(ConstraintViolations.constraintOf(failure).get())));
                });
    }

    private static Uni<Void> refuseIf(Uni<Boolean> taken, CbcError error) {
        return taken.invoke(yes -> {
            if (yes) {
                throw new CbcException(error);
            }
        }).replaceWithVoid();
    }

    private static CbcError duplicateOf(String constraint) {
        if (constraint.contains("owner")) {
            return CbcError.CUSTOMER_ALREADY_SIGNED_UP;
        }
        if (constraint.contains("mobile")) {
            return CbcError.CUSTOMER_MOBILE_EXISTS;
        }
        if (constraint.contains("email")) {
            return CbcError.CUSTOMER_EMAIL_EXISTS;
        }
        return CbcError.CUSTOMER_LOGIN_NAME_EXISTS;
    }
}
