package com.acmecloud.partnercenter.partner.testaccount.events;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns marking or unmarking a test account into {@code partner.events} through the outbox (same transaction). */
@ApplicationScoped
public class TestAccountEventPublisher {

    private final OutboxWriter outbox;

    TestAccountEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> testAccountChanged(Partner partner) {
        return outbox.append(PartnerEvents.PARTNER_TEST_ACCOUNT_CHANGED, partner.partnerId, partner.partnerId,
                new PartnerEvents.PartnerTestAccountChanged(partner.partnerId, partner.testAccount,
                        partner.testAccountReason, partner.testAccountChangedBy, partner.testAccountChangedAt))
                .replaceWithVoid();
    }
}
