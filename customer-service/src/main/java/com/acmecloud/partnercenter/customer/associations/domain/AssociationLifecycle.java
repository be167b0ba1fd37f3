package com.acmecloud.partnercenter.customer.associations.domain;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest.Status;
import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The association lifecycle as one state machine (rules 26–28): every transition of a customer's association with
 * its partner, and the guards it must pass, are decided here and nowhere else.
 *
 * <pre>
 * ASSOCIATED(type) --REQUEST_SWITCH--> SWITCH_PENDING(to type)
 * SWITCH_PENDING   --CONFIRM_SWITCH--> ASSOCIATED(to type)
 * SWITCH_PENDING   --REJECT_SWITCH | CANCEL_SWITCH | EXPIRE_SWITCH--> ASSOCIATED(type)
 * ASSOCIATED       --DISASSOCIATE--> DISASSOCIATED
 * </pre>
 *
 * Guards: a switch must change the type; a frozen customer is neither switched nor disassociated (rule 28, unfreeze
 * first); the initiating side must be within its rule-27 allowance. Anything else is refused with the CBC code of
 * {@link #illegal}.
 */
public final class AssociationLifecycle {

    public enum State { ASSOCIATED, SWITCH_PENDING, DISASSOCIATED }

    public enum Transition { REQUEST_SWITCH, CONFIRM_SWITCH, REJECT_SWITCH, CANCEL_SWITCH, EXPIRE_SWITCH, DISASSOCIATE }

    /** The actor recorded when a request expires. */
    public static final String SYSTEM = "system";

    private static final Map<State, Map<Transition, State>> TRANSITIONS = new EnumMap<>(State.class);

    static {
        TRANSITIONS.put(State.ASSOCIATED, Map.of(
                Transition.REQUEST_SWITCH, State.SWITCH_PENDING,
                Transition.DISASSOCIATE, State.DISASSOCIATED));
        TRANSITIONS.put(State.SWITCH_PENDING, Map.of(
                Transition.CONFIRM_SWITCH, State.ASSOCIATED,
                Transition.REJECT_SWITCH, State.ASSOCIATED,
                Transition.CANCEL_SWITCH, State.ASSOCIATED,
                Transition.EXPIRE_SWITCH, State.ASSOCIATED));
        TRANSITIONS.put(State.DISASSOCIATED, Map.of());
    }

    /**
     * Rule 27 for the side initiating a change (checked only when the other guards passed): how many changes it
     * initiated in the window, how many it may, and the code when it may not.
     */
    public record Allowance(long usedInWindow, int max, CbcError exceeded) {

        void require() {
            if (usedInWindow >= max) {
                throw new CbcException(exceeded);
            }
        }
    }

    private AssociationLifecycle() {
    }

    /** @param pending the customer's pending request that is not yet due, or null */
    public static State stateOf(SubCustomer customer, AssociationChangeRequest pending) {
        if (!customer.isAssociated()) {
            return State.DISASSOCIATED;
        }
        return pending == null ? State.ASSOCIATED : State.SWITCH_PENDING;
    }

    /** The state after {@code transition}; refuses a transition the state does not allow. */
    public static State next(State from, Transition transition) {
        State to = TRANSITIONS.get(from).get(transition);
        if (to == null) {
            throw new CbcException(illegal(from, transition));
        }
        return to;
    }

    static CbcError illegal(State from, Transition transition) {
        return switch (from) {
            case DISASSOCIATED -> CbcError.CUSTOMER_NOT_ASSOCIATED;
            case SWITCH_PENDING -> CbcError.ASSOCIATION_CHANGE_PENDING;
            case ASSOCIATED -> CbcError.CHANGE_REQUEST_DECIDED;
        };
    }

    /** The first instant rule 27 counts from. */
    public static Instant windowStart(Instant now, Period window) {
        return now.atOffset(ZoneOffset.UTC).minus(window).toInstant();
    }

    /** The partner asks to switch the customer to {@code toType}; the request waits for the customer. */
    public static AssociationChangeRequest requestSwitch(SubCustomer customer, AssociationChangeRequest pending,
                                                         int toType, Allowance partner, String by, Instant now,
                                                         Duration validity) {
        next(stateOf(customer, pending), Transition.REQUEST_SWITCH);
        if (customer.associationType == toType) {
            throw new CbcException(CbcError.ASSOCIATION_TYPE_UNCHANGED);
        }
        requireNotFrozen(customer);
        partner.require();
        AssociationChangeRequest request = new AssociationChangeRequest();
        request.requestId = UUID.randomUUID();
        request.customerId = customer.customerId;
        request.partnerId = customer.partnerId;
        request.distributorId = customer.distributorId;
        request.fromType = customer.associationType;
        request.toType = (short) toType;
        request.status = Status.PENDING;
        request.requestedBy = by;
        request.requestedAt = now;
        request.expiresAt = now.plus(validity);
        return request;
    }

    /** The customer confirms: its association type becomes the requested one. */
    public static void confirm(SubCustomer customer, AssociationChangeRequest request, String by, Instant now) {
        requireOpen(request, now);
        next(State.SWITCH_PENDING, Transition.CONFIRM_SWITCH);
        requireNotFrozen(customer);
        customer.associationType = request.toType;
        request.close(Status.CONFIRMED, by, now);
    }

    public static void reject(AssociationChangeRequest request, String by, Instant now) {
        decide(request, Transition.REJECT_SWITCH, Status.REJECTED, by, now);
    }

    public static void cancel(AssociationChangeRequest request, String by, Instant now) {
        decide(request, Transition.CANCEL_SWITCH, Status.CANCELLED, by, now);
    }

    /** A request nobody decided in time; it expired at its {@code expires_at}. */
    public static void expire(AssociationChangeRequest request, Instant now) {
        if (!request.isDueAt(now)) {
            throw new IllegalStateException("request " + request.requestId + " is not due");
        }
        next(State.SWITCH_PENDING, Transition.EXPIRE_SWITCH);
        request.close(Status.EXPIRED, SYSTEM, request.expiresAt);
    }

    /** Either side ends the association; the caller has checked that {@code customer} is associated with it. */
    public static void disassociate(SubCustomer customer, AssociationChangeRequest pending, Allowance initiator) {
        next(stateOf(customer, pending), Transition.DISASSOCIATE);
        requireNotFrozen(customer);
        initiator.require();
        customer.disassociate();
    }

    private static void decide(AssociationChangeRequest request, Transition transition, Status outcome, String by,
                               Instant now) {
        requireOpen(request, now);
        next(State.SWITCH_PENDING, transition);
        request.close(outcome, by, now);
    }

    private static void requireOpen(AssociationChangeRequest request, Instant now) {
        Status status = request.statusAt(now);
        if (status == Status.EXPIRED) {
            throw new CbcException(CbcError.CHANGE_REQUEST_EXPIRED);
        }
        if (status != Status.PENDING) {
            throw new CbcException(CbcError.CHANGE_REQUEST_DECIDED,
                    "The association type change request is already " + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private static void requireNotFrozen(SubCustomer customer) {
        if (customer.isFrozen != FreezeType.NOT_FROZEN) {
            throw new CbcException(CbcError.CUSTOMER_FROZEN);
        }
    }
}
