package com.acmecloud.partnercenter.platform.security.identity;

/** Realm roles the suite understands (Keycloak realm roles, {@code groups} in test tokens). */
public final class Roles {

    /** A partner company's user or ERP client; the token's {@code partner_id} claim names the partner. */
    public static final String PARTNER = "partner";
    /** Platform staff who review and approve. */
    public static final String OPERATOR = "operator";
    /** A person (the token's subject) who accepts member invitations and records personal certifications. */
    public static final String MEMBER = "member";
    /**
     * An end customer's user: the token's {@code customer_id} claim names the customer account when it has one;
     * a person who has no account yet is known by the token's subject.
     */
    public static final String CUSTOMER = "customer";

    private Roles() {
    }
}
