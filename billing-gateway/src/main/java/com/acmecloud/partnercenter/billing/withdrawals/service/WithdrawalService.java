package com.acmecloud.partnercenter.billing.withdrawals.service;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.billing.withdrawals.config.WithdrawalConfig;
import com.acmecloud.partnercenter.billing.withdrawals.domain.Withdrawal;
import com.acmecloud.partnercenter.billing.withdrawals.domain.WithdrawalRules;
import com.acmecloud.partnercenter.billing.withdrawals.repository.WithdrawalRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.outbox.OutboxWriter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Rule 41: a partner asks to withdraw money from its cash balance (account type 1) to a bank account in its verified
 * company name. The request holds the amount at once (RFROZEN: cash to the partner's WITHDRAWING account, at most
 * the cash balance and the allocatable amount), so nothing else can spend it while it waits. An operator approves
 * (the ledger moves the held money out of the suite: trade type ADJUST to the platform's funding account,
 * idempotency key {@code withdrawal:<id>}, and the expected arrival is 7 working days later) or rejects it (the hold
 * returns to cash). Withdrawals go only to bank accounts, so rule 41's limit on where old Alipay, WeChat and UnionPay
 * top-ups may go (to a bank card only) always holds. Decisions on one withdrawal queue on its row lock: the second of two
 * concurrent approvals gets CBC.91006311 and moves nothing.
 */
@ApplicationScoped
public class WithdrawalService {

    /** What the partner asks for; {@code bankAccount} is the number in clear, used only to mask and hash it. */
    public record WithdrawalRequest(BigDecimal amount, String bankName, String accountName, String bankAccount) {

        @Override
        public String toString() {
            return "WithdrawalRequest[amount=" + amount + ", bankAccount=" + WithdrawalRules.mask(bankAccount) + "]";
        }
    }

    private static final ZoneId BILLING_ZONE = ZoneId.of("GMT+8");

    private final WithdrawalRepository withdrawals;
    private final PartnerProjectionRepository partners;
    private final Ledger ledger;
    private final OutboxWriter outbox;
    private final WithdrawalConfig config;
    private final Clock clock;

    WithdrawalService(WithdrawalRepository withdrawals, PartnerProjectionRepository partners, Ledger ledger,
                      OutboxWriter outbox, WithdrawalConfig config, Clock clock) {
        this.withdrawals = withdrawals;
        this.partners = partners;
        this.ledger = ledger;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        if (config.bankAccountHashKey() == null || config.bankAccountHashKey().isBlank()) {
            throw new IllegalStateException("partnercenter.withdrawals.bank-account-hash-key must be set");
        }
    }

    /** Call inside the request's transaction (IdempotentRequests opens it). */
    public Uni<Withdrawal> request(String partnerId, String callerName, WithdrawalRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        BigDecimal amount = request.amount().setScale(2);
        return partners.view(partnerId).chain(partner -> {
            if (partner.verifiedCompanyName == null) {
                throw new CbcException(CbcError.WITHDRAWAL_COMPANY_NOT_VERIFIED);
            }
            if (!WithdrawalRules.namesMatch(request.accountName(), partner.verifiedCompanyName)) {
                throw new CbcException(CbcError.WITHDRAWAL_ACCOUNT_NAME_MISMATCH);
            }
            Withdrawal withdrawal = new Withdrawal();
            withdrawal.withdrawalId = UUID.randomUUID();
            withdrawal.partnerId = partnerId;
            withdrawal.amount = amount;
            withdrawal.bankName = request.bankName().trim();
            withdrawal.accountName = request.accountName().trim();
            withdrawal.bankAccountMasked = WithdrawalRules.mask(request.bankAccount());
            withdrawal.bankAccountHash = WithdrawalRules.hash(request.bankAccount(), config.bankAccountHashKey());
            withdrawal.status = Withdrawal.PENDING;
            withdrawal.requestedBy = callerName;
            withdrawal.requestedAt = now;
            // the hold is the check: the ledger refuses it (CBC.99005003) beyond the cash balance or the
            // allocatable amount (rule 34), under the partner's account locks, so concurrent requests cannot both pass
            return ledger.post(hold(withdrawal, callerName))
                    .chain(() -> withdrawals.persist(withdrawal))
                    .call(saved -> publish(BillingEvents.WITHDRAWAL_REQUESTED, saved, callerName, now));
        });
    }

    @WithSession
    public Uni<Page<Withdrawal>> list(String partnerId, String status, PageRequest page) {
        return withdrawals.page(partnerId, status, page);
    }

    @WithTransaction
    public Uni<Withdrawal> approve(String operatorName, UUID withdrawalId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return pending(withdrawalId).chain(withdrawal -> {
            Movement movement = Movement.builder(TradeType.ADJUST, withdrawal.partnerId, withdrawal.amount)
                    .actor(operatorName).idempotencyKey("withdrawal:" + withdrawal.withdrawalId)
                    .memo("withdrawal " + withdrawal.withdrawalId + " to " + withdrawal.bankAccountMasked)
                    .transfer(held(withdrawal), AccountRef.platform(AccountKind.FUNDING_CASH))
                    .build();
            return ledger.post(movement).chain(posting -> {
                withdrawal.status = Withdrawal.APPROVED;
                withdrawal.transId = posting.transId();
                withdrawal.decidedBy = operatorName;
                withdrawal.decidedAt = now;
                withdrawal.expectedArrivalDate = WithdrawalRules.workingDaysAfter(
                        LocalDate.ofInstant(now, BILLING_ZONE), config.arrivalWorkingDays());
                return publish(BillingEvents.WITHDRAWAL_APPROVED, withdrawal, operatorName, now)
                        .replaceWith(withdrawal);
            });
        });
    }

    @WithTransaction
    public Uni<Withdrawal> reject(String operatorName, UUID withdrawalId, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return pending(withdrawalId).chain(withdrawal -> {
            withdrawal.status = Withdrawal.REJECTED;
            withdrawal.reason = reason;
            withdrawal.decidedBy = operatorName;
            withdrawal.decidedAt = now;
            Movement release = Movement.builder(TradeType.RFROZEN, withdrawal.partnerId, withdrawal.amount)
                    .actor(operatorName).idempotencyKey("withdrawal-release:" + withdrawal.withdrawalId)
                    .memo("withdrawal " + withdrawal.withdrawalId + " rejected: hold released")
                    .transfer(held(withdrawal), AccountRef.partner(withdrawal.partnerId, AccountKind.CASH))
                    .build();
            return ledger.post(release)
                    .chain(() -> publish(BillingEvents.WITHDRAWAL_REJECTED, withdrawal, operatorName, now))
                    .replaceWith(withdrawal);
        });
    }

    /** Takes the amount from the partner's cash into its withdrawal hold until an operator decides. */
    private static Movement hold(Withdrawal withdrawal, String callerName) {
        return Movement.builder(TradeType.RFROZEN, withdrawal.partnerId, withdrawal.amount)
                .actor(callerName).idempotencyKey("withdrawal-hold:" + withdrawal.withdrawalId)
                .memo("withdrawal " + withdrawal.withdrawalId + " held until an operator decides")
                .transfer(AccountRef.partner(withdrawal.partnerId, AccountKind.CASH), held(withdrawal))
                .build();
    }

    private static AccountRef held(Withdrawal withdrawal) {
        return AccountRef.partner(withdrawal.partnerId, AccountKind.WITHDRAWING);
    }

    private Uni<Withdrawal> pending(UUID withdrawalId) {
        return withdrawals.lock(withdrawalId).map(withdrawal -> {
            if (withdrawal == null) {
                throw new CbcException(CbcError.WITHDRAWAL_NOT_FOUND);
            }
            if (!Withdrawal.PENDING.equals(withdrawal.status)) {
                throw new CbcException(CbcError.WITHDRAWAL_ALREADY_DECIDED);
            }
            return withdrawal;
        });
    }

    private Uni<Void> publish(EventType<BillingEvents.WithdrawalChanged> type, Withdrawal w, String actor,
                              Instant now) {
        return outbox.append(type, w.partnerId, w.withdrawalId.toString(), new BillingEvents.WithdrawalChanged(
                w.withdrawalId.toString(), w.partnerId, w.amount, w.status, w.bankName, w.bankAccountMasked,
                w.transId, w.expectedArrivalDate == null ? null : w.expectedArrivalDate.toString(), w.reason, actor,
                now)).replaceWithVoid();
    }
}
