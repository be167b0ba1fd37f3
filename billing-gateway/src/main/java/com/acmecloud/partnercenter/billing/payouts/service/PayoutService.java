package com.acmecloud.partnercenter.billing.payouts.service;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.billing.payouts.domain.IncentivePayout;
import com.acmecloud.partnercenter.billing.payouts.domain.PayoutRules;
import com.acmecloud.partnercenter.billing.payouts.repository.IncentivePayoutRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.IncentiveEvents;
import com.acmecloud.partnercenter.platform.events.contracts.UndecodableEventException;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Incentive payouts from incentive.events, each payout id settled exactly once: ACCOUNT_CREDIT credits the partner's
 * cash balance (account type 1) through the ledger (trade type ADJUST, idempotency key {@code payout:<id>}, from the
 * platform's funding account: money enters the suite), COUPON_QUOTA becomes coupon quota through
 * {@link CouponQuotaGrants} (PENDING_QUOTA while none exists), BANK_TRANSFER is paid outside the suite and only
 * recorded. Rule 60: while the partner's business information blocks payouts the payout is refused (recorded and
 * announced); the same payout id requested again later is evaluated again. Runs inside the idempotent processor's
 * transaction.
 */
@ApplicationScoped
public class PayoutService {

    public static final String ACTOR = "system:incentive-payout";
    private static final Set<String> METHODS = Set.of(IncentiveEvents.ACCOUNT_CREDIT, IncentiveEvents.COUPON_QUOTA,
            IncentiveEvents.BANK_TRANSFER);

    private final IncentivePayoutRepository payouts;
    private final PartnerProjectionRepository partners;
    private final Ledger ledger;
    private final Instance<CouponQuotaGrants> quotaGrants;
    private final OutboxWriter outbox;
    private final CloudEventCodec codec;
    private final Clock clock;

    PayoutService(IncentivePayoutRepository payouts, PartnerProjectionRepository partners, Ledger ledger,
                  Instance<CouponQuotaGrants> quotaGrants, OutboxWriter outbox, CloudEventCodec codec, Clock clock) {
        this.payouts = payouts;
        this.partners = partners;
        this.ledger = ledger;
        this.quotaGrants = quotaGrants;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    public Uni<Void> apply(CloudEvent event) {
        if (!event.type().equals(IncentiveEvents.PAYOUT_REQUESTED.type())) {
            return Uni.createFrom().voidItem(); // forward compatibility
        }
        IncentiveEvents.PayoutRequested request = valid(codec.payload(event, IncentiveEvents.PAYOUT_REQUESTED));
        Instant now = clock.instant();
        return payouts.lock(request.payoutId()).chain(existing -> {
            if (existing != null && !existing.partnerId.equals(request.partnerId())) {
                throw new UndecodableEventException("payout id already used by another partner");
            }
            if (existing != null && existing.settled()) {
                return Uni.createFrom().voidItem(); // exactly once per payout id
            }
            IncentivePayout payout = existing != null ? existing : newPayout(request);
            payout.amount = request.amount().setScale(2);
            payout.method = request.method();
            payout.statementRef = request.statementRef();
            payout.updatedAt = now;
            return partners.view(request.partnerId()).chain(partner -> {
                String refusal = PayoutRules.refusal(partner);
                Uni<Void> outcome = refusal != null ? refuse(payout, refusal, now) : settle(payout, now);
                return existing != null ? outcome : outcome.chain(() -> payouts.persist(payout)).replaceWithVoid();
            });
        });
    }

    private Uni<Void> refuse(IncentivePayout payout, String reason, Instant now) {
        payout.status = IncentivePayout.REFUSED;
        payout.refusalReason = reason;
        return outbox.append(BillingEvents.PAYOUT_REFUSED, payout.partnerId, payout.payoutId,
                new BillingEvents.PayoutRefused(payout.payoutId, payout.partnerId, payout.amount, payout.method,
                        reason, payout.statementRef, now)).replaceWithVoid();
    }

    private Uni<Void> settle(IncentivePayout payout, Instant now) {
        payout.refusalReason = null;
        Uni<BigDecimal> settled;
        switch (payout.method) {
            case IncentiveEvents.ACCOUNT_CREDIT -> {
                AccountRef cash = AccountRef.partner(payout.partnerId, AccountKind.CASH);
                Movement movement = Movement.builder(TradeType.ADJUST, payout.partnerId, payout.amount)
                        .actor(ACTOR).idempotencyKey("payout:" + payout.payoutId)
                        .memo("incentive payout " + payout.payoutId)
                        .transfer(AccountRef.platform(AccountKind.FUNDING_CASH), cash)
                        .build();
                settled = ledger.post(movement).map(posting -> {
                    payout.status = IncentivePayout.CREDITED;
                    payout.transId = posting.transId();
                    return posting.balanceAfter(cash);
                });
            }
            case IncentiveEvents.COUPON_QUOTA -> {
                if (quotaGrants.isResolvable()) {
                    settled = quotaGrants.get().grantFromPayout(payout.partnerId, payout.payoutId, payout.amount,
                            payout.statementRef).map(quotaId -> {
                                payout.status = IncentivePayout.QUOTA_GRANTED;
                                payout.quotaId = quotaId;
                                return null;
                            });
                } else {
                    payout.status = IncentivePayout.PENDING_QUOTA;
                    settled = Uni.createFrom().nullItem();
                }
            }
            default -> {
                payout.status = IncentivePayout.PENDING_BANK_TRANSFER;
                settled = Uni.createFrom().nullItem();
            }
        }
        return settled.chain(balanceAfter -> outbox.append(BillingEvents.PAYOUT_SETTLED, payout.partnerId,
                payout.payoutId, new BillingEvents.PayoutSettled(payout.payoutId, payout.partnerId, payout.amount,
                        payout.method, payout.status, payout.transId, balanceAfter, payout.quotaId,
                        payout.statementRef, now))).replaceWithVoid();
    }

    private static IncentivePayout newPayout(IncentiveEvents.PayoutRequested request) {
        IncentivePayout payout = new IncentivePayout();
        payout.payoutId = request.payoutId();
        payout.partnerId = request.partnerId();
        return payout;
    }

    private static IncentiveEvents.PayoutRequested valid(IncentiveEvents.PayoutRequested request) {
        if (request.payoutId() == null || request.payoutId().isBlank() || request.payoutId().length() > 64) {
            throw new UndecodableEventException("payout_requested without a valid payout_id");
        }
        if (request.partnerId() == null || request.partnerId().isBlank() || request.partnerId().length() > 64) {
            throw new UndecodableEventException("payout_requested without a valid partner_id");
        }
        if (request.amount() == null || request.amount().signum() <= 0 || request.amount().scale() > 2
                || request.amount().precision() - request.amount().scale() > 18) {
            throw new UndecodableEventException("payout_requested amount must be > 0 with at most 2 decimals");
        }
        if (!METHODS.contains(request.method())) {
            throw new UndecodableEventException("payout_requested with an unknown method");
        }
        if (request.statementRef() != null && request.statementRef().length() > 128) {
            throw new UndecodableEventException("payout_requested statement_ref longer than 128 characters");
        }
        return request;
    }
}
