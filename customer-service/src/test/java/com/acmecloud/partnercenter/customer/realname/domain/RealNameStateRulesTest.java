package com.acmecloud.partnercenter.customer.realname.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import org.junit.jupiter.api.Test;

/** Rules 53–55 as a state machine of the customer's verified_status and customer_type. */
class RealNameStateRulesTest {

    private static SubCustomer customer(int status, int type) {
        SubCustomer customer = new SubCustomer();
        customer.verifiedStatus = (short) status;
        customer.customerType = (short) type;
        return customer;
    }

    private static RealNameAuth auth(AuthType type, int changeType, String name) {
        RealNameAuth auth = new RealNameAuth();
        auth.authType = type;
        auth.changeType = (short) changeType;
        auth.name = name;
        return auth;
    }

    private static void refused(Runnable action, CbcError error) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CbcException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Test
    void aNewSubmissionOnlyWithoutVerificationOrAfterAFailure() {
        assertThatCode(() -> RealNameStateRules.requireNewAllowed(customer(-1, -1))).doesNotThrowAnyException();
        assertThatCode(() -> RealNameStateRules.requireNewAllowed(customer(1, -1))).doesNotThrowAnyException();
        refused(() -> RealNameStateRules.requireNewAllowed(customer(0, -1)), CbcError.REAL_NAME_ALREADY_SUBMITTED);
        refused(() -> RealNameStateRules.requireNewAllowed(customer(2, 0)), CbcError.REAL_NAME_ALREADY_SUBMITTED);
        refused(() -> RealNameStateRules.requireNewAllowed(customer(2, 1)), CbcError.REAL_NAME_ALREADY_SUBMITTED);
    }

    @Test
    void aChangeOnlyFromAVerifiedIndividual() {
        assertThatCode(() -> RealNameStateRules.requireChangeAllowed(customer(2, 0))).doesNotThrowAnyException();
        refused(() -> RealNameStateRules.requireChangeAllowed(customer(0, 0)), CbcError.REAL_NAME_ALREADY_SUBMITTED);
        refused(() -> RealNameStateRules.requireChangeAllowed(customer(2, 1)), CbcError.REAL_NAME_CHANGE_NOT_ALLOWED);
        refused(() -> RealNameStateRules.requireChangeAllowed(customer(-1, -1)), CbcError.REAL_NAME_CHANGE_NOT_ALLOWED);
        refused(() -> RealNameStateRules.requireChangeAllowed(customer(1, -1)), CbcError.REAL_NAME_CHANGE_NOT_ALLOWED);
    }

    @Test
    void limitsAreInclusiveOfTheConfiguredNumber() {
        assertThatCode(() -> RealNameStateRules.requireAttemptLeft(4, 5)).doesNotThrowAnyException();
        refused(() -> RealNameStateRules.requireAttemptLeft(5, 5), CbcError.REAL_NAME_ATTEMPT_LIMIT);
        assertThatCode(() -> RealNameStateRules.requireIdNumberAvailable(4, 5)).doesNotThrowAnyException();
        refused(() -> RealNameStateRules.requireIdNumberAvailable(5, 5), CbcError.REAL_NAME_ID_NUMBER_LIMIT);
    }

    @Test
    void reviewsSetStatusTypeAndName() {
        SubCustomer person = customer(-1, -1);
        RealNameStateRules.submitted(person);
        assertThat(person.verifiedStatus).isEqualTo(VerifiedStatus.REVIEWING);
        RealNameStateRules.rejected(person, auth(AuthType.INDIVIDUAL, -1, "A"));
        assertThat(person.verifiedStatus).isEqualTo(VerifiedStatus.FAILED);
        assertThat(person.verifiedName).isNull();
        RealNameStateRules.approved(person, auth(AuthType.INDIVIDUAL, -1, "A"));
        assertThat(person.verifiedStatus).isEqualTo(VerifiedStatus.VERIFIED);
        assertThat(person.customerType).isEqualTo((short) 0);
        assertThat(person.verifiedName).isEqualTo("A");

        RealNameStateRules.submitted(person);
        RealNameStateRules.rejected(person, auth(AuthType.ENTERPRISE, 1, "A Ltd."));
        assertThat(person.verifiedStatus).isEqualTo(VerifiedStatus.VERIFIED);
        assertThat(person.customerType).isEqualTo((short) 0);
        assertThat(person.verifiedName).isEqualTo("A");
        RealNameStateRules.approved(person, auth(AuthType.ENTERPRISE, 1, "A Ltd."));
        assertThat(person.customerType).isEqualTo((short) 1);
        assertThat(person.verifiedName).isEqualTo("A Ltd.");
    }
}
