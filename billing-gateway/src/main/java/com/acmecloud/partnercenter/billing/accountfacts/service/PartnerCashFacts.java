package com.acmecloud.partnercenter.billing.accountfacts.service;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.OwnerType;
import com.acmecloud.partnercenter.billing.ledger.domain.Posting;
import com.acmecloud.partnercenter.billing.ledger.service.PostingObserver;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes {@code billing.partner_cash_balance_changed} for every partner whose cash balance (recharge balance,
 * account type 1) a posted movement changed: the fact partner-service projects for rule 4 (a partner with a recharge
 * balance cannot become a Cloud Reseller). Hearing the ledger itself, not the features, means no way of moving cash
 * (recharge, reseller transfer, incentive credit, withdrawal, or one added later) can forget it. Keyed by the
 * partner whose account it is, so that its facts stay in order.
 */
@ApplicationScoped
public class PartnerCashFacts implements PostingObserver {

    private final OutboxWriter outbox;

    PartnerCashFacts(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> posted(Movement movement, Posting posting) {
        // the cash accounts the legs touched, with the balance before the first leg on each
        Map<AccountRef, BigDecimal> before = new LinkedHashMap<>();
        List<Movement.Leg> legs = movement.legs();
        for (int i = 0; i < legs.size(); i++) {
            AccountRef account = legs.get(i).account();
            if (account.ownerType() == OwnerType.PARTNER && account.kind() == AccountKind.CASH) {
                before.putIfAbsent(account, posting.entries().get(i).balanceBefore);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<AccountRef, BigDecimal> cash : before.entrySet()) {
            BigDecimal after = posting.balanceAfter(cash.getKey());
            if (after.compareTo(cash.getValue()) == 0) {
                continue;
            }
            String partnerId = cash.getKey().ownerId();
            BillingEvents.PartnerCashBalanceChanged fact = new BillingEvents.PartnerCashBalanceChanged(partnerId,
                    cash.getValue(), after, movement.tradeType().name(), posting.transId(),
                    posting.transaction().createdAt);
            chain = chain.chain(() -> outbox.append(BillingEvents.PARTNER_CASH_BALANCE_CHANGED, partnerId, partnerId,
                    fact).replaceWithVoid());
        }
        return chain;
    }
}
