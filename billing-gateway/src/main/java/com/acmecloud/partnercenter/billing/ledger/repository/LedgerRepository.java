package com.acmecloud.partnercenter.billing.ledger.repository;

import com.acmecloud.partnercenter.billing.ledger.domain.LedgerTransaction;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerTransaction, String> {

    /** The transaction a partner already posted with this key and trade type, or null. */
    public Uni<LedgerTransaction> findByKey(String partnerId, TradeType tradeType, String idempotencyKey) {
        return find("partnerId = ?1 and tradeType = ?2 and idempotencyKey = ?3", partnerId, tradeType, idempotencyKey)
                .firstResult();
    }
}
