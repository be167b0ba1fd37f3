package com.acmecloud.partnercenter.platform.events.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Contracts of topic {@code billing.events}, published by billing-gateway. Key: the partner whose book the movement
 * is on (for a distributor's movement to or from its reseller: the distributor). Amounts are yuan with 2 decimals;
 * every money event carries the ledger's {@code transId} and the balances after the movement.
 */
public final class BillingEvents {

    public static final String TOPIC = "billing.events";

    /** An operator recharged a partner's account (money enters the suite; trade type RECHARGE). */
    public static final EventType<PartnerAccountRecharged> PARTNER_ACCOUNT_RECHARGED =
            new EventType<>("billing.partner_account_recharged", 1, TOPIC, PartnerAccountRecharged.class);
    /** An operator changed a partner's credit limit. */
    public static final EventType<PartnerCreditChanged> PARTNER_CREDIT_CHANGED =
            new EventType<>("billing.partner_credit_changed", 1, TOPIC, PartnerCreditChanged.class);
    /** A partner allocated funds to its resale customer (BEADJUST, rule 35). */
    public static final EventType<CustomerFundsMoved> FUNDS_ALLOCATED =
            new EventType<>("billing.funds_allocated", 1, TOPIC, CustomerFundsMoved.class);
    /** A partner reclaimed funds from its resale customer (BERETRIEVE, rule 36). */
    public static final EventType<CustomerFundsMoved> FUNDS_RECLAIMED =
            new EventType<>("billing.funds_reclaimed", 1, TOPIC, CustomerFundsMoved.class);
    /**
     * The customer left resale (disassociation or switch to referral): its unspent allocation returned to the partner
     * (BEUNBIND, rule 38). {@code causeEventId}: the customer.events event that caused it.
     */
    public static final EventType<CustomerFundsMoved> FUNDS_UNBIND_RECLAIMED =
            new EventType<>("billing.funds_unbind_reclaimed", 1, TOPIC, CustomerFundsMoved.class);
    /**
     * A partner's cash balance (recharge balance, account type 1) changed, whatever moved it: a recharge, a
     * distributor's transfer to or from its cloud reseller, an incentive credited, a withdrawal. The fact rule 4 needs
     * (a partner with a recharge balance cannot become a Cloud Reseller). Key: the partner whose account it is.
     */
    public static final EventType<PartnerCashBalanceChanged> PARTNER_CASH_BALANCE_CHANGED =
            new EventType<>("billing.partner_cash_balance_changed", 1, TOPIC, PartnerCashBalanceChanged.class);
    /** A distributor allocated funds to its cloud reseller. */
    public static final EventType<IndirectPartnerFundsMoved> INDIRECT_PARTNER_FUNDS_ALLOCATED =
            new EventType<>("billing.indirect_partner_funds_allocated", 1, TOPIC, IndirectPartnerFundsMoved.class);
    /** A distributor reclaimed funds from its cloud reseller. */
    public static final EventType<IndirectPartnerFundsMoved> INDIRECT_PARTNER_FUNDS_RECLAIMED =
            new EventType<>("billing.indirect_partner_funds_reclaimed", 1, TOPIC, IndirectPartnerFundsMoved.class);
    /** A resale customer's account was opened when its resale association started. */
    public static final EventType<CustomerAccountOpened> CUSTOMER_ACCOUNT_OPENED =
            new EventType<>("billing.customer_account_opened", 1, TOPIC, CustomerAccountOpened.class);

    // --- Coupons: coupon quotas and partner coupons (not money of the ledger; see billing-gateway README "Coupons")

    /**
     * An operator granted a coupon quota to a partner, or a distributor gave part of its quota to its cloud reseller
     * ({@code parentQuotaId} and {@code distributorId} set). Key: the partner that received it.
     */
    public static final EventType<CouponQuotaGranted> COUPON_QUOTA_GRANTED =
            new EventType<>("billing.coupon_quota_granted", 1, TOPIC, CouponQuotaGranted.class);
    /**
     * A quota's value, balance or status changed: an operator's adjustment ({@code ADJUST}), a distributor's further
     * transfer to ({@code INDIRECT_ADJUST}) or reclaim from ({@code INDIRECT_RECLAIM}) its reseller's quota. Key: the
     * partner whose quota it is.
     */
    public static final EventType<CouponQuotaAdjusted> COUPON_QUOTA_ADJUSTED =
            new EventType<>("billing.coupon_quota_adjusted", 1, TOPIC, CouponQuotaAdjusted.class);
    /** A partner issued a coupon from its quota to its customer (rules 42-44). Key: the partner. */
    public static final EventType<CouponIssued> COUPON_ISSUED =
            new EventType<>("billing.coupon_issued", 1, TOPIC, CouponIssued.class);
    /**
     * A coupon was reclaimed and its remaining balance returned to its quota: {@code operationType} 2 by the partner,
     * 3 on disassociation, 8 on an association type switch ({@code causeEventId}: the customer.events id). Key: the
     * partner.
     */
    public static final EventType<CouponReclaimed> COUPON_RECLAIMED =
            new EventType<>("billing.coupon_reclaimed", 1, TOPIC, CouponReclaimed.class);

    // --- Consumption, bills and month close (billing-gateway consumption / periods)

    /**
     * Rated consumption was ingested: one event per ingest batch, customer, bill cycle and lateness, with the totals
     * of the records that were new (re-sent records are not counted again). Key: the partner the customer was
     * associated with. The split is what incentive-service needs for performance (rule 56).
     */
    public static final EventType<ConsumptionIngested> CONSUMPTION_INGESTED =
            new EventType<>("billing.consumption_ingested", 1, TOPIC, ConsumptionIngested.class);
    /**
     * A resale customer's consumption was charged to its allocated balance (DEDEUCT) or an unsubscription refunded
     * to it (REFUND); what the balance could not cover became debt. Referral customers are never charged.
     */
    public static final EventType<CustomerCharged> CUSTOMER_CHARGED =
            new EventType<>("billing.customer_charged", 1, TOPIC, CustomerCharged.class);
    /** A resale customer's debt (arrears) changed: the fact rules 4, 10, 11 and 28 need. */
    public static final EventType<CustomerArrearsChanged> CUSTOMER_ARREARS_CHANGED =
            new EventType<>("billing.customer_arrears_changed", 1, TOPIC, CustomerArrearsChanged.class);
    /**
     * A bill period (month, GMT+8) was closed, exactly once: its totals are final; later records of it are late
     * adjustments of a later period. Key: {@link #PERIOD_KEY}.
     */
    public static final EventType<PeriodClosed> PERIOD_CLOSED =
            new EventType<>("billing.period_closed", 1, TOPIC, PeriodClosed.class);
    /** The Kafka key of {@link #PERIOD_CLOSED}, which is no partner's. */
    public static final String PERIOD_KEY = "billing-period";
    // --- Budgets, auto-freeze, payouts and withdrawals (budgets / payouts / withdrawals features)

    /** Rule 13: a resale customer's spending reached 75, 90 or 100 % of its budget (each once per budget period). */
    public static final EventType<BudgetThresholdReached> BUDGET_THRESHOLD_REACHED =
            new EventType<>("billing.budget_threshold_reached", 1, TOPIC, BudgetThresholdReached.class);
    /**
     * Rule 13: billing asks customer-service (which owns freeze state) to freeze a resale customer: its budget is
     * exhausted, or it was just associated in resale mode and has no budget yet.
     */
    public static final EventType<CustomerFreezeRequest> CUSTOMER_FREEZE_REQUESTED =
            new EventType<>("billing.customer_freeze_requested", 1, TOPIC, CustomerFreezeRequest.class);
    /** Rule 13: the partner set a budget with {@code cancel_partner_frozen=1}: lift billing's freeze. */
    public static final EventType<CustomerFreezeRequest> CUSTOMER_UNFREEZE_REQUESTED =
            new EventType<>("billing.customer_unfreeze_requested", 1, TOPIC, CustomerFreezeRequest.class);
    /** An incentive payout was settled (credited, or waiting to become coupon quota or a bank transfer). */
    public static final EventType<PayoutSettled> PAYOUT_SETTLED =
            new EventType<>("billing.payout_settled", 1, TOPIC, PayoutSettled.class);
    /** Rule 60: an incentive payout was refused (business information not verified or a change pending). */
    public static final EventType<PayoutRefused> PAYOUT_REFUSED =
            new EventType<>("billing.payout_refused", 1, TOPIC, PayoutRefused.class);
    /** Rule 41: a partner asked to withdraw money to its bank account. */
    public static final EventType<WithdrawalChanged> WITHDRAWAL_REQUESTED =
            new EventType<>("billing.withdrawal_requested", 1, TOPIC, WithdrawalChanged.class);
    /** Rule 41: an operator approved a withdrawal; the money left the suite (ledger ADJUST). */
    public static final EventType<WithdrawalChanged> WITHDRAWAL_APPROVED =
            new EventType<>("billing.withdrawal_approved", 1, TOPIC, WithdrawalChanged.class);
    /** Rule 41: an operator rejected a withdrawal; no money moved. */
    public static final EventType<WithdrawalChanged> WITHDRAWAL_REJECTED =
            new EventType<>("billing.withdrawal_rejected", 1, TOPIC, WithdrawalChanged.class);

    private BillingEvents() {
    }

    /** {@code quotaType} 0 voucher / 1 cash; {@code grantedBy}: the operator or the distributor's user. */
    public record CouponQuotaGranted(String partnerId, String quotaId, String parentQuotaId, String distributorId,
                                     int quotaType, BigDecimal quotaValue, BigDecimal balance,
                                     BigDecimal minFaceValue, BigDecimal maxFaceValue, Instant effectiveTime,
                                     Instant expireTime, boolean firstAssociationOnly, String grantedBy,
                                     Instant grantedAt) {
    }

    /** {@code amount}: signed change of the quota's balance; {@code quotaStatus} 0, 3, 4 or 5 after the change. */
    public record CouponQuotaAdjusted(String partnerId, String quotaId, String operation, BigDecimal amount,
                                      BigDecimal quotaValue, BigDecimal balance, int quotaStatus,
                                      int previousQuotaStatus, String reason, String adjustedBy,
                                      Instant adjustedAt) {
    }

    /** {@code couponType} 1 voucher / 4 cash coupon; {@code quotaBalanceAfter}: what the quota still holds. */
    public record CouponIssued(String partnerId, String couponId, String quotaId, String customerId, int couponType,
                               BigDecimal faceValue, BigDecimal quotaBalanceAfter, Instant effectiveTime,
                               Instant expireTime, String issuedBy, Instant issuedAt) {
    }

    /** {@code amount}: the coupon balance returned to the quota. */
    public record CouponReclaimed(String partnerId, String couponId, String quotaId, String customerId,
                                  int operationType, BigDecimal amount, BigDecimal quotaBalanceAfter, String actor,
                                  String causeEventId, Instant reclaimedAt) {
    }

    /** {@code allocatableAfter}: the partner's account type 8 after the movement; {@code rechargeBalanceAfter}: type 1. */
    public record PartnerAccountRecharged(String partnerId, String transId, BigDecimal amount,
                                          BigDecimal rechargeBalanceAfter, BigDecimal allocatableAfter, String reason,
                                          String rechargedBy, Instant rechargedAt) {
    }

    /**
     * {@code previousCashBalance} and {@code cashBalance}: account type 1 before and after the ledger transaction
     * {@code transId} of trade type {@code tradeType} (RECHARGE, TRANS, ADJUST); {@code changedAt}: when it was posted.
     */
    public record PartnerCashBalanceChanged(String partnerId, BigDecimal previousCashBalance, BigDecimal cashBalance,
                                            String tradeType, String transId, Instant changedAt) {
    }

    /** The credit limit before and after; {@code creditBalanceAfter}: account type 2 after the change. */
    public record PartnerCreditChanged(String partnerId, String transId, BigDecimal previousCreditLimit,
                                       BigDecimal creditLimit, BigDecimal creditBalanceAfter,
                                       BigDecimal allocatableAfter, String reason, String changedBy,
                                       Instant changedAt) {
    }

    /**
     * {@code partnerId}: the partner whose money moved (the reseller when a distributor acted for it, then
     * {@code distributorId} names the distributor); {@code customerBalanceAfter}: the customer's allocated balance
     * after; {@code partnerAllocatableAfter}: the partner's account type 8 after. {@code causeEventId}: for an unbind
     * reclaim, the customer.events id; else null.
     */
    public record CustomerFundsMoved(String partnerId, String customerId, String distributorId, String transId,
                                     String tradeType, BigDecimal amount, BigDecimal customerBalanceAfter,
                                     BigDecimal partnerAllocatableAfter, String actor, String causeEventId,
                                     Instant movedAt) {
    }

    /** A distributor's movement to ({@code TRANS} in) or from its reseller, with both sides' balances after. */
    public record IndirectPartnerFundsMoved(String distributorId, String indirectPartnerId, String transId,
                                            BigDecimal amount, BigDecimal distributorAllocatableAfter,
                                            BigDecimal indirectPartnerBalanceAfter, String actor, Instant movedAt) {
    }

    /** {@code associationType} is always 2 (resale); {@code distributorId} as in customer.associated.v1. */
    public record CustomerAccountOpened(String partnerId, String customerId, String distributorId,
                                        int associationType, Instant openedAt) {
    }

    // --- Consumption, bills and month close

    /**
     * {@code billCycle}: YYYY-MM (GMT+8) of the consumption; {@code late}: it arrived after its period closed and
     * counts as an adjustment of {@code adjustmentCycle} (null when not late). The batch's new records are summed per
     * bill type ({@code byBillType}), never netted.
     *
     * <p>{@code records} (added within v1, may be null from producers that predate it): the new records themselves,
     * one line each, so that a consumer can attribute each to the partner the customer was associated with at its
     * {@code consumeTime} (rule 56: a customer who switched partner or mode mid-month is split by time) and
     * de-duplicate by record id. Without it a consumer has only the sums and the partner known at ingest time.
     */
    public record ConsumptionIngested(String partnerId, String customerId, String distributorId,
                                      int associationType, String batchId, String billCycle, boolean late,
                                      String adjustmentCycle, List<ConsumptionSums> byBillType, Instant ingestedAt,
                                      List<ConsumptionLine> records) {

        @JsonCreator
        public ConsumptionIngested {
        }

        /** The event without its record lines (as published before {@code records} existed). */
        public ConsumptionIngested(String partnerId, String customerId, String distributorId, int associationType,
                                   String batchId, String billCycle, boolean late, String adjustmentCycle,
                                   List<ConsumptionSums> byBillType, Instant ingestedAt) {
            this(partnerId, customerId, distributorId, associationType, batchId, billCycle, late, adjustmentCycle,
                    byBillType, ingestedAt, null);
        }
    }

    /**
     * One rated record of a {@link ConsumptionIngested}: its id (unique across the suite), bill type (0 consume,
     * 1 unsubscribe, 2 write-off), cloud service type, when it was consumed (UTC) and its split as in
     * {@link ConsumptionSums}; {@code storedValueCardPurchase}: the record is the purchase of a stored-value card.
     */
    public record ConsumptionLine(String recordId, int billType, String cloudServiceType, Instant consumeTime,
                                  BigDecimal amount, BigDecimal cashAmount, BigDecimal huaweiCouponAmount,
                                  BigDecimal partnerCouponAmount, BigDecimal nonCountingCouponAmount,
                                  BigDecimal storedValueCardAmount, boolean storedValueCardPurchase) {
    }

    /**
     * Sums of one bill type (0 consume, 1 unsubscribe, 2 write-off) of one batch and customer. {@code amount} =
     * cash + coupon + stored-value card; {@code couponAmount} = Huawei-issued + partner-issued coupons;
     * {@code nonCountingCouponAmount}: vouchers marked as not counting for performance;
     * {@code storedValueCardPurchaseAmount}: the amount of records that are stored-value-card purchases.
     */
    public record ConsumptionSums(int billType, long records, BigDecimal amount, BigDecimal cashAmount,
                                  BigDecimal couponAmount, BigDecimal huaweiCouponAmount,
                                  BigDecimal partnerCouponAmount, BigDecimal nonCountingCouponAmount,
                                  BigDecimal storedValueCardAmount, BigDecimal storedValueCardPurchaseAmount) {
    }

    /**
     * {@code consumedCash}: cash of the new consume records; {@code refundedCash}: cash of the new unsubscribe
     * records; {@code deductTransId} / {@code refundTransId}: the ledger transactions (null when none);
     * {@code debtAdded}: what the allocated balance could not cover; balances are the customer's after the charge.
     */
    public record CustomerCharged(String partnerId, String customerId, String distributorId, String chargeId,
                                  String batchId, BigDecimal consumedCash, BigDecimal refundedCash,
                                  String deductTransId, String refundTransId, BigDecimal debtAdded,
                                  BigDecimal debtAfter, BigDecimal allocatedBalanceAfter, Instant chargedAt) {
    }

    /**
     * {@code inArrears}: {@code debtAmount} &gt; 0 (the customer has arrears and unpaid bills: rules 4, 10, 11, 28).
     * {@code cause}: CONSUMPTION (a charge added debt), REFUND (an unsubscription cleared some) or SETTLEMENT (the
     * allocated balance paid it).
     */
    public record CustomerArrearsChanged(String partnerId, String customerId, String distributorId,
                                         BigDecimal previousDebtAmount, BigDecimal debtAmount,
                                         BigDecimal allocatedBalance, boolean inArrears, String cause,
                                         String transId, Instant changedAt) {
    }

    /**
     * {@code period}: YYYY-MM (GMT+8). {@code dataCompleteThrough}: the end of the period (UTC); every record of the
     * period ingested before {@code closedAt} is in {@code totals}, later ones are late adjustments.
     */
    public record PeriodClosed(String period, Instant dataCompleteThrough, Instant closedAt, String closedBy,
                               PeriodTotals totals) {
    }

    /** The period's records that were not late: counts and sums over all bill types. */
    public record PeriodTotals(long records, long customers, long partners, BigDecimal amount, BigDecimal cashAmount,
                               BigDecimal couponAmount, BigDecimal storedValueCardAmount, BigDecimal debtAmount) {
    }

    // --- Payloads: budgets, auto-freeze, payouts and withdrawals

    /**
     * {@code budgetType} MONTHLY or PACKAGE; {@code budgetPeriod}: the month {@code YYYY-MM} (GMT+8) of a monthly
     * budget, or {@code PACKAGE-YYYY-MM} (the month a package budget was set); {@code threshold} 75, 90 or 100.
     */
    public record BudgetThresholdReached(String partnerId, String customerId, String budgetType, String budgetPeriod,
                                         int threshold, BigDecimal budgetAmount, BigDecimal usedAmount,
                                         Instant reachedAt) {
    }

    /**
     * {@code partnerId}: the partner the customer is associated with; {@code freezeType} ACCOUNT; {@code reason}
     * BUDGET_EXHAUSTED or AWAITING_BUDGET (freeze), BUDGET_SET (unfreeze).
     */
    public record CustomerFreezeRequest(String partnerId, String customerId, String freezeType, String reason,
                                        String requestedBy, Instant requestedAt) {
    }

    /**
     * {@code method} ACCOUNT_CREDIT, COUPON_QUOTA or BANK_TRANSFER; {@code status} CREDITED (transId and
     * {@code balanceAfter}: the partner's cash balance, account type 1), QUOTA_GRANTED ({@code quotaId}),
     * PENDING_QUOTA (no coupon-quota feature yet) or PENDING_BANK_TRANSFER (paid outside the suite).
     */
    public record PayoutSettled(String payoutId, String partnerId, BigDecimal amount, String method, String status,
                                String transId, BigDecimal balanceAfter, String quotaId, String statementRef,
                                Instant settledAt) {
    }

    /** {@code reason}: BUSINESS_INFORMATION_NOT_VERIFIED or BUSINESS_INFORMATION_CHANGE_PENDING (rule 60). */
    public record PayoutRefused(String payoutId, String partnerId, BigDecimal amount, String method, String reason,
                                String statementRef, Instant refusedAt) {
    }

    /**
     * {@code status} PENDING, APPROVED or REJECTED; {@code bankAccountMasked}: last 4 digits only; {@code transId}
     * and {@code expectedArrivalDate} ({@code YYYY-MM-DD}, GMT+8, 7 working days after approval) once approved.
     */
    public record WithdrawalChanged(String withdrawalId, String partnerId, BigDecimal amount, String status,
                                    String bankName, String bankAccountMasked, String transId,
                                    String expectedArrivalDate, String reason, String actor, Instant changedAt) {
    }
}
