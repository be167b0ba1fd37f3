package com.acmecloud.partnercenter.billing.ledger.domain;

import java.util.Objects;

/**
 * Names one account by its owner and kind. {@code partnerId}: for a customer account, the partner whose money it
 * holds (one account per customer and partner); for a partner account, the partner itself.
 */
public record AccountRef(OwnerType ownerType, String ownerId, String partnerId, AccountKind kind) {

    public static final String PLATFORM_ID = "platform";

    public AccountRef {
        Objects.requireNonNull(ownerType);
        Objects.requireNonNull(ownerId);
        Objects.requireNonNull(partnerId);
        Objects.requireNonNull(kind);
        if (kind.ownerType() != ownerType) {
            throw new IllegalArgumentException(kind + " is not an account of a " + ownerType);
        }
    }

    public static AccountRef partner(String partnerId, AccountKind kind) {
        return new AccountRef(OwnerType.PARTNER, partnerId, partnerId, kind);
    }

    /** The account of {@code customerId} that holds money of {@code partnerId}. */
    public static AccountRef customer(String customerId, String partnerId, AccountKind kind) {
        return new AccountRef(OwnerType.CUSTOMER, customerId, partnerId, kind);
    }

    public static AccountRef platform(AccountKind kind) {
        return new AccountRef(OwnerType.PLATFORM, PLATFORM_ID, PLATFORM_ID, kind);
    }
}
