package com.acmecloud.partnercenter.customer.accountfacts.service;

import com.acmecloud.partnercenter.customer.accountfacts.domain.AccountStanding;
import com.acmecloud.partnercenter.customer.accountfacts.repository.AccountFactsRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The account facts of a customer as billing-gateway last published them, for the features that enforce rules 10, 11
 * and 28. Read in the caller's transaction; as fresh as the billing.events consumer (milliseconds behind billing).
 */
@ApplicationScoped
public class AccountFacts {

    private final AccountFactsRepository facts;

    AccountFacts(AccountFactsRepository facts) {
        this.facts = facts;
    }

    public Uni<AccountStanding> standing(String customerId) {
        return facts.partnersOwed(customerId).chain(owed -> facts.hasCashSpending(customerId)
                .map(cash -> new AccountStanding(customerId, owed, cash)));
    }

    /** Rule 28: fails with CBC.91005061 while the customer has arrears on {@code partnerId}'s book. */
    public Uni<Void> requireNoArrearsWith(String customerId, String partnerId) {
        return standing(customerId).invoke(standing -> fail(standing.refusalToLeave(partnerId))).replaceWithVoid();
    }

    /** Rules 28 and 11 for a type switch of the customer of {@code partnerId} (to resale, or to referral). */
    public Uni<Void> requireSwitchAllowed(String customerId, String partnerId, boolean toResale) {
        return standing(customerId).invoke(standing -> {
            fail(standing.refusalToLeave(partnerId));
            if (toResale) {
                fail(standing.refusalToBecomeResale());
            }
        }).replaceWithVoid();
    }

    private static void fail(Optional<CbcError> refusal) {
        refusal.ifPresent(error -> {
            throw new CbcException(error);
        });
    }
}
