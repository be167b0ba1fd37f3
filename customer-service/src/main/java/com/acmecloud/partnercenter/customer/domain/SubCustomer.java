package com.acmecloud.partnercenter.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer account created through the API and its association with a partner. */
@Entity
@Table(name = "sub_customer")
public class SubCustomer {

    public static final int REFERRAL = 1;
    public static final int RESALE = 2;

    /** Huawei's {@code domain_id} / {@code customer_id}. */
    @Id
    @Column(name = "customer_id")
    public String customerId;

    /** The partner the customer is associated with (the reseller when a distributor created it). */
    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    /** The login name (Huawei's {@code domain_name}, {@code account_name} in queries). */
    @Column(name = "domain_name", nullable = false)
    public String domainName;

    @Column(name = "xaccount_id", nullable = false)
    public String xaccountId;

    @Column(name = "xaccount_type", nullable = false)
    public String xaccountType;

    @Column(name = "mobile_phone")
    public String mobilePhone;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "close_market_ms", nullable = false)
    public boolean closeMarketMs;

    @Column(name = "association_type", nullable = false)
    public short associationType;

    @Column(name = "associated_on", nullable = false)
    public Instant associatedOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set by the partner (PUT .../{customer_id}/label); null when none. Huawei's {@code label}. */
    @Column(name = "label")
    public String label;
}
