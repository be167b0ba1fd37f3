package com.acmecloud.partnercenter.customer.realname.domain;

/** Which Huawei API a real-name submission came through. */
public enum AuthType {
    /** {@code POST /v2/customers/realname-auths/individual}: customer_type 0 once approved. */
    INDIVIDUAL(0),
    /** {@code POST} or {@code PUT /v2/customers/realname-auths/enterprise}: customer_type 1 once approved. */
    ENTERPRISE(1);

    private final short customerType;

    AuthType(int customerType) {
        this.customerType = (short) customerType;
    }

    public short customerType() {
        return customerType;
    }
}
