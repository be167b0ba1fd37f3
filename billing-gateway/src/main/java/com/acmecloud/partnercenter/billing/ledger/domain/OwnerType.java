package com.acmecloud.partnercenter.billing.ledger.domain;

/** Who holds an account: a partner, a resale customer, or the platform (the source of recharges and credit). */
public enum OwnerType {
    PARTNER, CUSTOMER, PLATFORM
}
