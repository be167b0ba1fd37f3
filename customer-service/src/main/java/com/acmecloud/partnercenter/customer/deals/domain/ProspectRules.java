package com.acmecloud.partnercenter.customer.deals.domain;

import com.acmecloud.partnercenter.customer.accountfacts.domain.AccountStanding;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may register a prospect, and which account may associate through an invitation: rules 9 and 10 from this
 * service's own data and billing-gateway's account facts ({@link AccountStanding}: unpaid bills, cash spending). Not
 * checked, as no service of the suite has the data: rule 10's other site, special contract and financially-custodied
 * member, and rule 11's professional services, reserved instances, enterprise accounts, stored-value cards and
 * recharge bonus.
 */
public final class ProspectRules {

    private ProspectRules() {
    }

    /** An account can be registered only while no partner, or another partner, has it as customer. */
    public static Optional<CbcError> refusalToRegister(SubCustomer account, String partnerId) {
        if (account.isAssociatedWith(partnerId)) {
            return Optional.of(CbcError.PROSPECT_ALREADY_YOUR_CUSTOMER);
        }
        if (account.isAssociated()) {
            return Optional.of(CbcError.PROSPECT_ASSOCIATED_WITH_ANOTHER_PARTNER);
        }
        return Optional.empty();
    }

    /**
     * Exclusive rights: an ACTIVE registration of the same prospect refuses a new one — the caller's own
     * (CBC.91005011) or another partner's (CBC.99000051). Registrations past their expiry no longer count.
     */
    public static Optional<CbcError> refusalByHolders(Collection<DealRegistration> active, String partnerId,
                                                      Instant now) {
        boolean anotherPartner = false;
        for (DealRegistration holder : active) {
            if (!holder.isActiveAt(now)) {
                continue;
            }
            if (holder.partnerId.equals(partnerId)) {
                return Optional.of(CbcError.DEAL_ALREADY_REGISTERED_BY_CALLER);
            }
            anotherPartner = true;
        }
        return anotherPartner ? Optional.of(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER) : Optional.empty();
    }

    /**
     * Rule 10 for an existing account accepting an invitation of {@code registration}: the invitation must name the
     * account; the account must not be associated (with this or another partner) nor have unpaid bills; an account
     * registered more than {@code maxUnregisteredAge} ago, or that has cash spending, may associate only when the
     * registration names it by its id.
     */
    public static Optional<CbcError> refusalToAssociate(SubCustomer account, DealRegistration registration,
                                                        Instant now, Duration maxUnregisteredAge,
                                                        AccountStanding standing) {
        if (!registration.names(account)) {
            return Optional.of(CbcError.INVITATION_FOR_ANOTHER_CUSTOMER);
        }
        Optional<CbcError> associated = refusalToRegister(account, registration.partnerId);
        if (associated.isPresent()) {
            return associated;
        }
        Optional<CbcError> unpaid = standing.refusalToAssociate();
        if (unpaid.isPresent()) {
            return unpaid;
        }
        boolean registeredById = account.customerId.equals(registration.customerId);
        boolean established = account.createdAt.plus(maxUnregisteredAge).isBefore(now) || standing.cashSpending();
        if (!registeredById && established) {
            return Optional.of(CbcError.CUSTOMER_REGISTERED_TOO_LONG_AGO);
        }
        return Optional.empty();
    }
}
