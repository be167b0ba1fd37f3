package com.acmecloud.partnercenter.incentive.partners.domain;

import com.acmecloud.partnercenter.platform.events.partners.PartnerProjectionBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * What incentive-service knows of a partner, kept from {@code partner.events} only: the common projection
 * (registration, status, programs, distributor link) and the business-information state its settlements and payouts
 * will need (rules 58 and 60).
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

    /** Rule 58: the partner's tax rate from its verified business information (a fraction, e.g. 0.06). */
    @Column(name = "tax_rate")
    public BigDecimal taxRate;
}
