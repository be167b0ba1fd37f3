package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import com.acmecloud.partnercenter.customer.domain.CustomerAccountRules;
import com.acmecloud.partnercenter.customer.domain.PasswordHashes;
import com.acmecloud.partnercenter.customer.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A person without an account signing up through an invitation: the account rules of partner-created customers
 * (rules 18, 19, 21 formats) apply, the account belongs to the token's subject, it has no partner platform
 * (xaccount) and is not associated yet.
 */
@ApplicationScoped
public class SignUp {

    /** Sign-up fields as sent; blank ones are null. Normalised by {@link #validate}. */
    public record Data(String domainName, String mobilePhone, String email, String password) {
    }

    private final SubCustomerRepository customers;

    SignUp(SubCustomerRepository customers) {
        this.customers = customers;
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
        return new Data(domainName, mobile, email, data.password());
    }

    /** Creates the account of {@code subject} from validated data; not associated yet. */
    public SubCustomer create(Data data, String subject, Instant now) {
        List<CbcError> taken = new ArrayList<>();
        if (customers.findByOwnerSubject(subject).isPresent()) {
            taken.add(CbcError.CUSTOMER_ALREADY_SIGNED_UP);
        }
        if (customers.domainNameTaken(data.domainName())) {
            taken.add(CbcError.CUSTOMER_LOGIN_NAME_EXISTS);
        }
        if (data.mobilePhone() != null && customers.mobileTaken(data.mobilePhone())) {
            taken.add(CbcError.CUSTOMER_MOBILE_EXISTS);
        }
        if (data.email() != null && customers.count("lower(email) = ?1", data.email()) > 0) {
            taken.add(CbcError.CUSTOMER_EMAIL_EXISTS);
        }
        if (!taken.isEmpty()) {
            throw new CbcException(taken.get(0));
        }
        SubCustomer customer = new SubCustomer();
        customer.customerId = UUID.randomUUID().toString().replace("-", "");
        customer.domainName = data.domainName();
        customer.mobilePhone = data.mobilePhone();
        customer.email = data.email();
        customer.passwordHash = data.password() == null ? null : PasswordHashes.hash(data.password());
        customer.origin = SubCustomer.Origin.SELF_SIGNUP;
        customer.ownerSubject = subject;
        customer.createdBy = subject;
        customer.createdAt = now;
        try {
            customers.persistAndFlush(customer);
        } catch (ConstraintViolationException e) {
            // a concurrent sign-up won the race for the same name, number, e-mail or person
            throw new CbcException(duplicateOf(String.valueOf(e.getConstraintName())));
        }
        return customer;
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
