package com.acmecloud.partnercenter.billing.ledger.domain;

/**
 * Huawei's trade types of account-change records ({@code trade_type} of
 * {@code GET /v2/accounts/partner-accounts/account-change-records}); every ledger transaction has one. The spelling
 * {@code DEDEUCT} is Huawei's.
 */
public enum TradeType {
    /** Money enters a partner's cash balance (operator recharge). */
    RECHARGE("RC"),
    /** A charge against a balance (consumption, bills). */
    DEDEUCT("DD"),
    REFUND("RF"),
    RFROZEN("FZ"),
    /** Distributor ↔ reseller transfers. */
    TRANS("TR"),
    /** Operator adjustments, including credit-limit changes. */
    ADJUST("AJ"),
    /** Allocation to a resale customer (adjust record SOURCE_OPERATION_BEADJUST, rule 38). */
    BEADJUST("AD"),
    /** Reclaim from a resale customer (SOURCE_OPERATION_BERETRIEVE). */
    BERETRIEVE("RE"),
    /** Unbind reclaim when the customer leaves resale (SOURCE_OPERATION_BEUNBIND). */
    BEUNBIND("UB"),
    BONUSCONVERT("BC"),
    TRADE_MODE_TRANSFER("TM");

    private final String transIdPrefix;

    TradeType(String transIdPrefix) {
        this.transIdPrefix = transIdPrefix;
    }

    /** The first two characters of a generated trans id, e.g. {@code AD} for an allocation as Huawei's transfer ids. */
    public String transIdPrefix() {
        return transIdPrefix;
    }
}
