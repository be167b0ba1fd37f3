package com.acmecloud.partnercenter.partner.resellers.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.repository.ProgramApplicationRepository;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerFilter;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkedPartner;
import com.acmecloud.partnercenter.partner.resellers.events.IndirectPartnerEventPublisher;
import com.acmecloud.partnercenter.partner.resellers.repository.IndirectPartnerLinkRepository;
import com.acmecloud.partnercenter.partner.status.service.PartnerStatusService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

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
    private final IndirectPartnerEventPublisher events;
    private final Clock clock;

    IndirectPartnerService(PartnerRepository partners, ProgramApplicationRepository applications,
                           IndirectPartnerLinkRepository links, IndirectPartnerEventPublisher events, Clock clock) {
        this.partners = partners;
        this.applications = applications;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LinkedPartner> link(String distributorId, String indirectPartnerId, String linkedBy) {
        return lockInIdOrder(distributorId, indirectPartnerId).chain(locked -> {
            Partner distributor = locked.get(distributorId);
            if (distributor == null) {
                throw new CbcException(CbcError.PARTNER_NOT_FOUND);
            }
            PartnerStatusService.requireActive(distributor);
            Partner reseller = locked.get(indirectPartnerId);
            return requireJoined(distributorId, Program.DISTRIBUTOR, () -> new CbcException(CbcError.NOT_A_DISTRIBUTOR))
                    .chain(() -> requireEligibleReseller(reseller, indirectPartnerId))
                    .chain(() -> links.findById(indirectPartnerId))
                    .chain(existing -> {
                        if (existing != null) {
                            throw new CbcException(CbcError.INDIRECT_PARTNER_ALREADY_LINKED);
                        }
                        IndirectPartnerLink link = new IndirectPartnerLink();
                        link.indirectPartnerId = indirectPartnerId;
                        link.distributorId = distributorId;
                        link.associatedOn = now();
                        link.linkedBy = linkedBy;
                        return links.persist(link);
                    })
                    .call(events::indirectPartnerLinked)
                    .map(link -> new LinkedPartner(link, reseller));
        });
    }

    /** Allowed whatever the distributor's status, so that the resellers of a departed distributor can move on. */
    @WithTransaction
    public Uni<Void> unlink(String distributorId, String indirectPartnerId, String unlinkedBy) {
        return links.findById(indirectPartnerId, LockModeType.PESSIMISTIC_WRITE)
                .invoke(link -> {
                    if (link == null || !link.distributorId.equals(distributorId)) {
                        throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
                    }
                })
                .call(links::delete)
                .call(link -> events.indirectPartnerUnlinked(link, unlinkedBy, now()))
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Page<LinkedPartner>> query(String distributorId, IndirectPartnerFilter filter, int offset, int limit) {
        return links.page(distributorId, filter, offset, limit);
    }

    /** Both rows locked in one global order, so two links never wait on each other. */
    private Uni<Map<String, Partner>> lockInIdOrder(String... partnerIds) {
        Map<String, Partner> locked = new HashMap<>();
        Uni<Void> locking = Uni.createFrom().voidItem();
        for (String id : new TreeSet<>(List.of(partnerIds))) {
            locking = locking.chain(() -> partners.lock(id).invoke(partner -> {
                if (partner != null) {
                    locked.put(id, partner);
                }
            })).replaceWithVoid();
        }
        return locking.replaceWith(locked);
    }

    private Uni<Void> requireEligibleReseller(Partner reseller, String indirectPartnerId) {
        if (reseller == null) {
            throw notEligible("is not a registered partner");
        }
        if (reseller.status != PartnerStatus.ACTIVE) {
            throw notEligible("is " + reseller.status);
        }
        return requireJoined(indirectPartnerId, Program.CLOUD_RESELLER,
                () -> notEligible("has not joined the CLOUD_RESELLER program"));
    }

    private Uni<Void> requireJoined(String partnerId, Program program,
                                    Supplier<CbcException> otherwise) {
        return applications.joinedPrograms(partnerId).invoke(joined -> {
            if (!joined.contains(program)) {
                throw otherwise.get();
            }
        }).replaceWithVoid();
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
