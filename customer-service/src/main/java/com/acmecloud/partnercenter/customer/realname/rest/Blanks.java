package com.acmecloud.partnercenter.customer.realname.rest;

/** Huawei treats an empty optional string as absent. */
final class Blanks {

    private Blanks() {
    }

    static String toNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
