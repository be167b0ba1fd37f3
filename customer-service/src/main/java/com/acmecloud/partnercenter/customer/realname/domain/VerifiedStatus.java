package com.acmecloud.partnercenter.customer.realname.domain;

/** Rule 55: a customer's {@code verified_status} and {@code customer_type} values. */
public final class VerifiedStatus {

    public static final short NONE = -1;
    public static final short REVIEWING = 0;
    public static final short FAILED = 1;
    public static final short VERIFIED = 2;

    public static final short NO_CUSTOMER_TYPE = -1;

    private VerifiedStatus() {
    }
}
