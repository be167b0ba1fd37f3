package com.acmecloud.partnercenter.customer.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer account and its current association with a partner. The association fields ({@code partnerId},
 * {@code distributorId}, {@code associationType}, {@code associatedOn}) are all null while the customer is associated
 * with no partner; every change of them is also recorded in {@code AssociationHistory}.
 */
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
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "distributor_id")
    public String distributorId;

    /** The login name (Huawei's {@code domain_name}, {@code account_name} in queries). */
    @Column(name = "domain_name", nullable = false)
    public String domainName;

    @Column(name = "xaccount_id")
    public String xaccountId;

    @Column(name = "xaccount_type")
    public String xaccountType;

    @Column(name = "mobile_phone")
    public String mobilePhone;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "close_market_ms", nullable = false)
    public boolean closeMarketMs;

    @Column(name = "association_type")
    public Short associationType;

    @Column(name = "associated_on")
    public Instant associatedOn;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "email")
    public String email;

    /** The token subject of the person who signed up for this account here; null for partner-created accounts. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    public Origin origin = Origin.PARTNER_API;

    public enum Origin { PARTNER_API, SELF_SIGNUP }

    /** Rule 55: -1 none, 0 reviewing, 1 failed, 2 verified (see {@code realname.domain.VerifiedStatus}). */
    @Column(name = "verified_status", nullable = false)
    public short verifiedStatus = -1;

    /** Rule 55: -1 none, 0 individual, 1 enterprise. */
    @Column(name = "customer_type", nullable = false)
    public short customerType = -1;

    /** The verified person or company name (Huawei's {@code customer}); null until a real-name is approved. */
    @Column(name = "verified_name")
    public String verifiedName;

    /** Set by the partner (PUT .../{customer_id}/label); null when none. Huawei's {@code label}. */
    @Column(name = "label")
    public String label;

    public boolean isAssociated() {
        return partnerId != null;
    }

    public boolean isAssociatedWith(String partner) {
        return partner != null && partner.equals(partnerId);
    }

    public void associate(String partner, String distributor, int type, Instant at) {
        partnerId = partner;
        distributorId = distributor;
        associationType = (short) type;
        associatedOn = at;
    }

    public void disassociate() {
        partnerId = null;
        distributorId = null;
        associationType = null;
        associatedOn = null;
    }

    /** The partner's manual freeze (Huawei {@code is_frozen}): 0 none, 1 account, 2 account and resources. */
    @Column(name = "is_frozen", nullable = false)
    public short isFrozen = FreezeType.NOT_FROZEN;
}
