package com.acmecloud.partnercenter.partner.testaccount.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.testaccount.events.TestAccountEventPublisher;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Whether a partner is a test account: set and cleared by operators; new partners are not. */
@ApplicationScoped
public class TestAccountService {

    private final PartnerRepository partners;
    private final TestAccountEventPublisher events;
    private final Clock clock;

    TestAccountService(PartnerRepository partners, TestAccountEventPublisher events, Clock clock) {
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Marks ({@code testAccount} true) or unmarks the partner, recording who, when and why, and publishes
     * {@code partner.test_account_changed.v1}. Asking for what the partner already is changes nothing and publishes
     * nothing (the PUT is idempotent).
     */
    @WithTransaction
    public Uni<Partner> change(String partnerId, boolean testAccount, String reason, String operator) {
        return partners.lock(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .call(partner -> {
                    if (partner.testAccount == testAccount) {
                        return Uni.createFrom().voidItem();
                    }
                    partner.testAccount = testAccount;
                    partner.testAccountReason = reason.trim();
                    partner.testAccountChangedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    partner.testAccountChangedBy = operator;
                    return events.testAccountChanged(partner);
                });
    }
}
