package com.acmecloud.partnercenter.customer.accountfacts.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import java.util.Optional;
import java.util.Set;

/**
 * What billing-gateway last told about a customer's account (the accountfacts projection) and the refusals that
 * follow from it. ASSUMPTION: billing keeps no customer invoices; the debt on its books — consumption the allocated
 * balance could not pay — is both rule 10's "unpaid bills" and rule 11's "invoice debt".
 *
 * @param partnersOwed the partners on whose books the customer has debt (arrears) now
 * @param cashSpending whether billing ever charged the customer's consumption in cash
 */
public record AccountStanding(String customerId, Set<String> partnersOwed, boolean cashSpending) {

    public static AccountStanding clear(String customerId) {
        return new AccountStanding(customerId, Set.of(), false);
    }

    public boolean hasUnpaidBills() {
        return !partnersOwed.isEmpty();
    }

    /** Rule 10: a customer with unpaid bills cannot associate with any partner, in either mode. */
    public Optional<CbcError> refusalToAssociate() {
        return hasUnpaidBills() ? Optional.of(CbcError.CUSTOMER_HAS_UNPAID_BILLS) : Optional.empty();
    }

    /**
     * Rule 11: a customer with invoice debt cannot associate in resale mode — here, a switch to resale (a new
     * association with debt is refused by rule 10 first).
     */
    public Optional<CbcError> refusalToBecomeResale() {
        return hasUnpaidBills() ? Optional.of(CbcError.CUSTOMER_HAS_INVOICE_DEBT) : Optional.empty();
    }

    /**
     * Rule 28: a resale customer with arrears on its partner's book is neither disassociated nor switched until the
     * partner allocates funds that clear them.
     */
    public Optional<CbcError> refusalToLeave(String partnerId) {
        return partnerId != null && partnersOwed.contains(partnerId) ? Optional.of(CbcError.CUSTOMER_IN_ARREARS)
                : Optional.empty();
    }
}
