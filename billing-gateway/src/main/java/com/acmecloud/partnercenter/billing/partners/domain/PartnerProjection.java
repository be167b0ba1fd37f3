package com.acmecloud.partnercenter.billing.partners.domain;

import com.acmecloud.partnercenter.platform.events.partners.PartnerProjectionBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What billing-gateway knows of a partner, kept from {@code partner.events} only: the common projection, and the
 * business-information state payouts and withdrawals depend on. A partner no event has named yet is
 * {@link #unknown(String) unregistered, ACTIVE, with no programs}.
 */
@Entity
@Table(name = "partner_projection")
public class PartnerProjection extends PartnerProjectionBase {

    /** PENDING, VERIFIED or REJECTED (business_information.changed.v1), null if never submitted. */
    @Column(name = "business_info_status")
    public String businessInfoStatus;

    /** Rule 60: payouts wait while nothing is verified or a change is pending. */
    @Column(name = "payout_blocked", nullable = false)
    public boolean payoutBlocked = true;

    /** Rule 41: the verified business information's contracting entity (withdrawals go to accounts in this name). */
    @Column(name = "verified_company_name")
    public String verifiedCompanyName;

    public static PartnerProjection unknown(String partnerId) {
        PartnerProjection projection = new PartnerProjection();
        projection.partnerId = partnerId;
        return projection;
    }
}
