package com.acmecloud.partnercenter.customer.realname.domain;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;

/**
 * Rules 53–55: when a customer may submit, and what a submission and its review do to the customer's
 * {@code verified_status}, {@code customer_type} and verified name.
 */
public final class RealNameStateRules {

    private RealNameStateRules() {
    }

    /** Rule 53: a customer verified or under review cannot submit again; a rejected one may. */
    public static void requireNewAllowed(SubCustomer customer) {
        if (customer.verifiedStatus == VerifiedStatus.REVIEWING || customer.verifiedStatus == VerifiedStatus.VERIFIED) {
            throw new CbcException(CbcError.REAL_NAME_ALREADY_SUBMITTED);
        }
    }

    /** Rule 54: only a verified individual changes to enterprise; nothing may be under review meanwhile (rule 53). */
    public static void requireChangeAllowed(SubCustomer customer) {
        if (customer.verifiedStatus == VerifiedStatus.REVIEWING) {
            throw new CbcException(CbcError.REAL_NAME_ALREADY_SUBMITTED);
        }
        if (customer.verifiedStatus != VerifiedStatus.VERIFIED
                || customer.customerType != AuthType.INDIVIDUAL.customerType()) {
            throw new CbcException(CbcError.REAL_NAME_CHANGE_NOT_ALLOWED);
        }
    }

    /** Rule 53: at most {@code max} submissions per customer. */
    public static void requireAttemptLeft(long attemptsSoFar, int max) {
        if (attemptsSoFar >= max) {
            throw new CbcException(CbcError.REAL_NAME_ATTEMPT_LIMIT);
        }
    }

    /** Rule 53: at most {@code max} customers verified or under review with one ID number. */
    public static void requireIdNumberAvailable(long otherCustomersWithNumber, int max) {
        if (otherCustomersWithNumber >= max) {
            throw new CbcException(CbcError.REAL_NAME_ID_NUMBER_LIMIT);
        }
    }

    public static void submitted(SubCustomer customer) {
        customer.verifiedStatus = VerifiedStatus.REVIEWING;
    }

    /** Rule 55: verified, as an individual or an enterprise, under the submitted name. */
    public static void approved(SubCustomer customer, RealNameAuth auth) {
        customer.verifiedStatus = VerifiedStatus.VERIFIED;
        customer.customerType = auth.authType.customerType();
        customer.verifiedName = auth.name;
    }

    /** A rejected change leaves the customer a verified individual; any other rejection is a failed verification. */
    public static void rejected(SubCustomer customer, RealNameAuth auth) {
        customer.verifiedStatus = auth.changeType == ApplicationRules.INDIVIDUAL_TO_ENTERPRISE
                ? VerifiedStatus.VERIFIED : VerifiedStatus.FAILED;
    }
}
