package com.acmecloud.partnercenter.customer.deals.rest;

/** Formats of ids in request bodies. */
final class Ids {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private Ids() {
    }
}
