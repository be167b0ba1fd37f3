package com.acmecloud.partnercenter.partner.resellers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An effective link: a tier-2 cloud reseller ("indirect partner") signed with a tier-1 distributor, after the
 * reseller accepted the distributor's request. Keyed by the reseller: a reseller has at most one distributor.
 */
@Entity
@Table(name = "indirect_partner_link")
public class IndirectPartnerLink {

    @Id
    @Column(name = "indirect_partner_id")
    public String indirectPartnerId;

    @Column(name = "distributor_id", nullable = false)
    public String distributorId;

    /** When the link became effective: the reseller's acceptance (Huawei's {@code associated_on}). */
    @Column(name = "associated_on", nullable = false)
    public Instant associatedOn;

    @Column(name = "linked_by", nullable = false)
    public String linkedBy;

    /** The accepted request (null for a link made before consent was required). */
    @Column(name = "request_id")
    public UUID requestId;
}
