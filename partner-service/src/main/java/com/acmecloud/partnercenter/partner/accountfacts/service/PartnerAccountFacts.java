package com.acmecloud.partnercenter.partner.accountfacts.service;

import com.acmecloud.partnercenter.partner.accountfacts.repository.PartnerCashBalanceRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What billing-gateway told about a partner's own account, for rule 4. Only the recharge balance is a fact of the
 * suite: partner accounts never carry debt in billing (their cash cannot go below zero and no consumption is charged
 * to a partner), so "no arrears" has nothing to check; open resources, invoiceable amounts and postpaid are no
 * service's data either.
 */
@ApplicationScoped
public class PartnerAccountFacts {

    private final PartnerCashBalanceRepository balances;

    PartnerAccountFacts(PartnerCashBalanceRepository balances) {
        this.balances = balances;
    }

    /** Rule 4: fails with CBC.91002016 while billing last reported a non-zero recharge balance for the partner. */
    public Uni<Void> requireZeroRechargeBalance(String partnerId) {
        return balances.cashBalance(partnerId).invoke(cash -> {
            if (cash.signum() != 0) {
                throw new CbcException(CbcError.RECHARGE_BALANCE_NOT_ZERO);
            }
        }).replaceWithVoid();
    }
}
