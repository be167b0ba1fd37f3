package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.domain.Partner;
import com.acmecloud.partnercenter.partner.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.domain.Program;
import com.acmecloud.partnercenter.partner.events.PartnerEventPublisher;
import com.acmecloud.partnercenter.partner.repository.IndirectPartnerLinkRepository;
import com.acmecloud.partnercenter.partner.repository.IndirectPartnerLinkRepository.Filter;
import com.acmecloud.partnercenter.partner.repository.IndirectPartnerLinkRepository.LinkedPartner;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.repository.ProgramApplicationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Distributors (tier 1) and the cloud resellers (tier 2, "indirect partners") signed with them. A distributor is
 * a partner with an approved DISTRIBUTOR program; a reseller it links must be an active partner with an approved
 * CLOUD_RESELLER program, and has at most one distributor.
 */
@ApplicationScoped
public class IndirectPartnerService {

    private static final String FIELD = "indirect_partner_id";

    private final PartnerRepository partners;
    private final ProgramApplicationRepository applications;
    private final IndirectPartnerLinkRepository links;
    private final PartnerEventPublisher events;
    private final Clock clock;

    IndirectPartnerService(PartnerRepository partners, ProgramApplicationRepository applications,
                           IndirectPartnerLinkRepository links, PartnerEventPublisher events, Clock clock) {
        this.partners = partners;
        this.applications = applications;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LinkedPartner link(String distributorId, String indirectPartnerId, String linkedBy) {
        Map<String, Partner> locked = lockInIdOrder(distributorId, indirectPartnerId);
        Partner distributor = locked.get(distributorId);
        if (distributor == null) {
            throw new CbcException(CbcError.PARTNER_NOT_FOUND);
        }
        PartnerStatusService.requireActive(distributor);
        if (!applications.joinedPrograms(distributorId).contains(Program.DISTRIBUTOR)) {
            throw new CbcException(CbcError.NOT_A_DISTRIBUTOR);
        }
        Partner reseller = locked.get(indirectPartnerId);
        if (reseller == null) {
            throw notEligible("is not a registered partner");
        }
        if (reseller.status != PartnerStatus.ACTIVE) {
            throw notEligible("is " + reseller.status);
        }
        if (!applications.joinedPrograms(indirectPartnerId).contains(Program.CLOUD_RESELLER)) {
            throw notEligible("has not joined the CLOUD_RESELLER program");
        }
        if (links.findByIdOptional(indirectPartnerId).isPresent()) {
            throw new CbcException(CbcError.INDIRECT_PARTNER_ALREADY_LINKED);
        }
        IndirectPartnerLink link = new IndirectPartnerLink();
        link.indirectPartnerId = indirectPartnerId;
        link.distributorId = distributorId;
        link.associatedOn = now();
        link.linkedBy = linkedBy;
        links.persist(link);
        events.indirectPartnerLinked(link);
        return new LinkedPartner(link, reseller);
    }

    /** Allowed whatever the distributor's status, so that the resellers of a departed distributor can move on. */
    @Transactional
    public void unlink(String distributorId, String indirectPartnerId, String unlinkedBy) {
        IndirectPartnerLink link = links.findByIdOptional(indirectPartnerId, LockModeType.PESSIMISTIC_WRITE)
                .filter(l -> l.distributorId.equals(distributorId))
                .orElseThrow(() -> new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED));
        links.delete(link);
        events.indirectPartnerUnlinked(link, unlinkedBy, now());
    }

    @Transactional
    public Page<LinkedPartner> query(String distributorId, Filter filter, int offset, int limit) {
        return links.page(distributorId, filter, offset, limit);
    }

    /** Both rows locked in one global order, so two links never wait on each other. */
    private Map<String, Partner> lockInIdOrder(String... partnerIds) {
        Map<String, Partner> locked = new HashMap<>();
        for (String id : new TreeSet<>(List.of(partnerIds))) {
            partners.lock(id).ifPresent(partner -> locked.put(id, partner));
        }
        return locked;
    }

    private static CbcException notEligible(String why) {
        return new CbcException(CbcError.INDIRECT_PARTNER_NOT_ELIGIBLE,
                "The partner to link " + why + ".",
                List.of(ErrorDetail.of(FIELD, CbcError.INDIRECT_PARTNER_NOT_ELIGIBLE, why)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
