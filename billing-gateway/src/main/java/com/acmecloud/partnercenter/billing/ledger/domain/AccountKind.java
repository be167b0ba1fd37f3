package com.acmecloud.partnercenter.billing.ledger.domain;

/**
 * The accounts of the ledger. Partner accounts {@link #CASH}, {@link #CREDIT}, {@link #BONUS} and {@link #DEPOSIT} are
 * Huawei's account types 1, 2, 5 and 7; {@link #ALLOCATED} and {@link #DESIGNATED} are contra accounts (balance
 * &le; 0) holding minus what the partner allocated (to customers and resellers, not reclaimed) and minus what is
 * reserved. Allocatable (type 8) = CASH + CREDIT + ALLOCATED + DESIGNATED (rule 34). {@link #WITHDRAWING} holds cash on
 * its way out of the suite.
 */
public enum AccountKind {
    CASH(OwnerType.PARTNER, 1, false),
    CREDIT(OwnerType.PARTNER, 2, false),
    BONUS(OwnerType.PARTNER, 5, false),
    DEPOSIT(OwnerType.PARTNER, 7, false),
    ALLOCATED(OwnerType.PARTNER, 0, true),
    DESIGNATED(OwnerType.PARTNER, 0, true),
    /**
     * Cash held for the partner's pending withdrawals (rule 41): taken from {@link #CASH} when the withdrawal is
     * asked for, so neither an allocation nor a second withdrawal can spend it meanwhile; it leaves the suite on
     * approval and returns to CASH on rejection.
     */
    WITHDRAWING(OwnerType.PARTNER, 0, false),
    /** A resale customer's allocated, unspent balance (from one partner). */
    ALLOCATED_BALANCE(OwnerType.CUSTOMER, 0, false),
    /** What a resale customer owes (arrears). */
    DEBT(OwnerType.CUSTOMER, 0, false),
    FUNDING_CASH(OwnerType.PLATFORM, 0, false),
    FUNDING_CREDIT(OwnerType.PLATFORM, 0, false);

    /** The partner accounts whose sum is the allocatable amount; the ledger locks them together. */
    public static final java.util.List<AccountKind> ALLOCATABLE_PARTS = java.util.List.of(CASH, CREDIT, ALLOCATED,
            DESIGNATED);

    private final OwnerType ownerType;
    private final int huaweiAccountType;
    private final boolean contra;

    AccountKind(OwnerType ownerType, int huaweiAccountType, boolean contra) {
        this.ownerType = ownerType;
        this.huaweiAccountType = huaweiAccountType;
        this.contra = contra;
    }

    public OwnerType ownerType() {
        return ownerType;
    }

    /** Huawei's {@code account_type} (1, 2, 5, 7), or 0 for accounts Huawei does not report by type. */
    public int huaweiAccountType() {
        return huaweiAccountType;
    }

    /** A contra account's balance is &le; 0; every other partner or customer balance is &ge; 0. */
    public boolean contra() {
        return contra;
    }

    /** Platform accounts may go negative: they are where money enters the suite. */
    public boolean signed() {
        return ownerType == OwnerType.PLATFORM;
    }
}
