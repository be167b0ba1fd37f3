package com.acmecloud.partnercenter.customer.associations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest.Status;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationLifecycle.Allowance;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationLifecycle.State;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationLifecycle.Transition;
import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.subcustomers.domain.FreezeRules;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The association state machine and its guards (rules 26–28), without a database. */
class AssociationLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(7);
    private static final Allowance FREE = new Allowance(0, 1, CbcError.PARTNER_CHANGE_LIMIT_REACHED);

    private static SubCustomer resaleCustomer() {
        SubCustomer customer = new SubCustomer();
        customer.customerId = "c1";
        customer.associate("p1", null, SubCustomer.RESALE, NOW.minus(Duration.ofDays(100)));
        return customer;
    }

    private static AssociationChangeRequest pendingSwitch(SubCustomer customer) {
        return AssociationLifecycle.requestSwitch(customer, null, SubCustomer.REFERRAL, FREE, "user-p1", NOW,
                VALIDITY);
    }

    private static void assertRefused(ThrowingCallable call, CbcError error) {
        assertThatThrownBy(call).isInstanceOf(CbcException.class)
                .satisfies(e -> assertThat(((CbcException) e).error()).isEqualTo(error));
    }

    @Test
    void onlyTheDrawnTransitionsAreAllowed() {
        assertThat(AssociationLifecycle.next(State.ASSOCIATED, Transition.REQUEST_SWITCH)).isEqualTo(State.SWITCH_PENDING);
        assertThat(AssociationLifecycle.next(State.ASSOCIATED, Transition.DISASSOCIATE)).isEqualTo(State.DISASSOCIATED);
        for (Transition decision : new Transition[] {Transition.CONFIRM_SWITCH, Transition.REJECT_SWITCH,
                Transition.CANCEL_SWITCH, Transition.EXPIRE_SWITCH}) {
            assertThat(AssociationLifecycle.next(State.SWITCH_PENDING, decision)).isEqualTo(State.ASSOCIATED);
            assertRefused(() -> AssociationLifecycle.next(State.ASSOCIATED, decision), CbcError.CHANGE_REQUEST_DECIDED);
        }
        assertRefused(() -> AssociationLifecycle.next(State.SWITCH_PENDING, Transition.REQUEST_SWITCH),
                CbcError.ASSOCIATION_CHANGE_PENDING);
        assertRefused(() -> AssociationLifecycle.next(State.SWITCH_PENDING, Transition.DISASSOCIATE),
                CbcError.ASSOCIATION_CHANGE_PENDING);
        assertRefused(() -> AssociationLifecycle.next(State.DISASSOCIATED, Transition.DISASSOCIATE),
                CbcError.CUSTOMER_NOT_ASSOCIATED);
    }

    @Test
    void rule26ARequestedSwitchChangesTheTypeOnlyWhenConfirmed() {
        SubCustomer customer = resaleCustomer();
        AssociationChangeRequest request = pendingSwitch(customer);

        assertThat(request.status).isEqualTo(Status.PENDING);
        assertThat(request.fromType).isEqualTo((short) 2);
        assertThat(request.toType).isEqualTo((short) 1);
        assertThat(request.expiresAt).isEqualTo(NOW.plus(VALIDITY));
        assertThat(customer.associationType).isEqualTo((short) 2);
        assertThat(AssociationLifecycle.stateOf(customer, request)).isEqualTo(State.SWITCH_PENDING);

        AssociationLifecycle.confirm(customer, request, "customer-c1", NOW.plusSeconds(60));
        assertThat(customer.associationType).isEqualTo((short) 1);
        assertThat(request.status).isEqualTo(Status.CONFIRMED);
        assertThat(request.decidedBy).isEqualTo("customer-c1");
        assertRefused(() -> AssociationLifecycle.confirm(customer, request, "customer-c1", NOW),
                CbcError.CHANGE_REQUEST_DECIDED);
    }

    @Test
    void aRejectedOrCancelledSwitchLeavesTheTypeAndCannotBeDecidedAgain() {
        SubCustomer customer = resaleCustomer();
        AssociationChangeRequest rejected = pendingSwitch(customer);
        AssociationLifecycle.reject(rejected, "customer-c1", NOW);
        assertThat(rejected.status).isEqualTo(Status.REJECTED);
        assertRefused(() -> AssociationLifecycle.cancel(rejected, "user-p1", NOW), CbcError.CHANGE_REQUEST_DECIDED);

        AssociationChangeRequest cancelled = pendingSwitch(customer);
        AssociationLifecycle.cancel(cancelled, "user-p1", NOW);
        assertThat(cancelled.status).isEqualTo(Status.CANCELLED);
        assertRefused(() -> AssociationLifecycle.confirm(customer, cancelled, "customer-c1", NOW),
                CbcError.CHANGE_REQUEST_DECIDED);
        assertThat(customer.associationType).isEqualTo((short) 2);
    }

    @Test
    void aSwitchNotDecidedInTimeExpires() {
        SubCustomer customer = resaleCustomer();
        AssociationChangeRequest request = pendingSwitch(customer);
        Instant due = NOW.plus(VALIDITY);

        assertThat(request.statusAt(due.minusSeconds(1))).isEqualTo(Status.PENDING);
        assertThat(request.statusAt(due)).isEqualTo(Status.EXPIRED);
        assertRefused(() -> AssociationLifecycle.confirm(customer, request, "customer-c1", due),
                CbcError.CHANGE_REQUEST_EXPIRED);
        assertThatThrownBy(() -> AssociationLifecycle.expire(request, due.minusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);

        AssociationLifecycle.expire(request, due.plusSeconds(5));
        assertThat(request.status).isEqualTo(Status.EXPIRED);
        assertThat(request.decidedAt).isEqualTo(due);
        assertThat(customer.associationType).isEqualTo((short) 2);
    }

    @Test
    void aSwitchToTheCurrentTypeIsRefused() {
        SubCustomer customer = resaleCustomer();
        assertRefused(() -> AssociationLifecycle.requestSwitch(customer, null, SubCustomer.RESALE, FREE, "u", NOW,
                VALIDITY), CbcError.ASSOCIATION_TYPE_UNCHANGED);
    }

    @ParameterizedTest
    @EnumSource(FreezeType.class)
    void rule28AFrozenCustomerIsNeitherSwitchedNorDisassociated(FreezeType type) {
        SubCustomer customer = resaleCustomer();
        AssociationChangeRequest requestedBeforeTheFreeze = pendingSwitch(customer);
        customer.isFrozen = type.code();

        assertRefused(() -> AssociationLifecycle.requestSwitch(customer, null, SubCustomer.REFERRAL, FREE, "u",
                NOW, VALIDITY), CbcError.CUSTOMER_FROZEN);
        assertRefused(() -> AssociationLifecycle.disassociate(customer, null, FREE), CbcError.CUSTOMER_FROZEN);
        assertRefused(() -> AssociationLifecycle.confirm(customer, requestedBeforeTheFreeze, "c", NOW),
                CbcError.CUSTOMER_FROZEN);
        assertThat(customer.isAssociated()).isTrue();
        assertThat(customer.associationType).isEqualTo((short) 2);
    }

    @Test
    void rule28APendingSwitchBlocksAnotherSwitchAndDisassociation() {
        SubCustomer customer = resaleCustomer();
        AssociationChangeRequest pending = pendingSwitch(customer);
        assertRefused(() -> AssociationLifecycle.requestSwitch(customer, pending, SubCustomer.REFERRAL, FREE, "u",
                NOW, VALIDITY), CbcError.ASSOCIATION_CHANGE_PENDING);
        assertRefused(() -> AssociationLifecycle.disassociate(customer, pending, FREE),
                CbcError.ASSOCIATION_CHANGE_PENDING);
    }

    @Test
    void rule27TheInitiatorsAllowanceIsChecked() {
        SubCustomer customer = resaleCustomer();
        Allowance used = new Allowance(1, 1, CbcError.PARTNER_CHANGE_LIMIT_REACHED);
        assertRefused(() -> AssociationLifecycle.requestSwitch(customer, null, SubCustomer.REFERRAL, used, "u", NOW,
                VALIDITY), CbcError.PARTNER_CHANGE_LIMIT_REACHED);
        Allowance customerUsed = new Allowance(1, 1, CbcError.CUSTOMER_DISASSOCIATION_LIMIT_REACHED);
        assertRefused(() -> AssociationLifecycle.disassociate(customer, null, customerUsed),
                CbcError.CUSTOMER_DISASSOCIATION_LIMIT_REACHED);
        AssociationLifecycle.disassociate(customer, null, new Allowance(2, 3, CbcError.PARTNER_CHANGE_LIMIT_REACHED));
        assertThat(customer.isAssociated()).isFalse();
    }

    @Test
    void rule27TheWindowIsCalendarMonths() {
        assertThat(AssociationLifecycle.windowStart(Instant.parse("2026-05-31T10:00:00Z"), Period.ofMonths(3)))
                .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    @Test
    void onlyResaleCustomersAreFrozenAndUnfreezingNeedsTheFreezeType() {
        SubCustomer referral = resaleCustomer();
        referral.associationType = (short) SubCustomer.REFERRAL;
        assertRefused(() -> FreezeRules.freeze(referral, FreezeType.ACCOUNT), CbcError.WRONG_ASSOCIATION_TYPE);

        SubCustomer customer = resaleCustomer();
        assertThat(FreezeRules.unfreeze(customer, FreezeType.ACCOUNT)).isFalse();
        assertThat(FreezeRules.freeze(customer, FreezeType.ACCOUNT_AND_RESOURCE)).isTrue();
        assertThat(customer.isFrozen).isEqualTo((short) 2);
        assertThat(FreezeRules.freeze(customer, FreezeType.ACCOUNT_AND_RESOURCE)).isFalse();
        assertRefused(() -> FreezeRules.freeze(customer, FreezeType.ACCOUNT), CbcError.CUSTOMER_FROZEN_WITH_OTHER_TYPE);
        assertRefused(() -> FreezeRules.unfreeze(customer, FreezeType.ACCOUNT), CbcError.UNFREEZE_TYPE_MISMATCH);
        assertThat(FreezeRules.unfreeze(customer, FreezeType.ACCOUNT_AND_RESOURCE)).isTrue();
        assertThat(customer.isFrozen).isEqualTo((short) 0);
    }
}
