package com.acmecloud.partnercenter.customer.core.domain;

/** Huawei's {@code freeze_type} / {@code unfreeze_type}; {@link #code} is the {@code is_frozen} value it sets. */
public enum FreezeType {
    ACCOUNT(1),
    ACCOUNT_AND_RESOURCE(2);

    public static final short NOT_FROZEN = 0;

    private final short code;

    FreezeType(int code) {
        this.code = (short) code;
    }

    public short code() {
        return code;
    }
}
