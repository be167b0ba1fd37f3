package com.acmecloud.partnercenter.partner.resellers.service;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.partner.programs.domain.Program;
import com.acmecloud.partnercenter.partner.programs.repository.ProgramApplicationRepository;
import com.acmecloud.partnercenter.partner.resellers.config.ResellerConfig;
import com.acmecloud.partnercenter.partner.resellers.domain.EndedBy;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerFilter;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLink;
import com.acmecloud.partnercenter.partner.resellers.domain.IndirectPartnerLinkRequest;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestStatus;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkRequestView;
import com.acmecloud.partnercenter.partner.resellers.domain.LinkedPartner;
import com.acmecloud.partnercenter.partner.resellers.events.IndirectPartnerEventPublisher;
import com.acmecloud.partnercenter.partner.resellers.repository.IndirectPartnerLinkRepository;
import com.acmecloud.partnercenter.partner.resellers.repository.IndirectPartnerLinkRequestRepository;
import com.acmecloud.partnercenter.partner.resellers.repository.IndirectPartnerLinkRequestRepository.Side;
import com.acmecloud.partnercenter.partner.status.service.PartnerStatusService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Distributors (tier 1) and the cloud resellers (tier 2, "indirect partners") signed with them. A distributor is
 * a partner with an approved DISTRIBUTOR program; it asks a reseller (an active partner with an approved
 * CLOUD_RESELLER program) to link, and the link is effective only once the reseller accepts. A reseller has at most
 * one distributor; either side can end the link.
 */
@ApplicationScoped
public class IndirectPartnerService {

    private static final String FIELD = "indirect_partner_id";
    private static final String SYSTEM = "system";

    private final PartnerRepository partners;
    private final ProgramApplicationRepository applications;
    private final IndirectPartnerLinkRepository links;
    private final IndirectPartnerLinkRequestRepository requests;
    private final IndirectPartnerEventPublisher events;
    private final ResellerConfig config;
    private final Clock clock;

    IndirectPartnerService(PartnerRepository partners, ProgramApplicationRepository applications,
                           IndirectPartnerLinkRepository links, IndirectPartnerLinkRequestRepository requests,
                           IndirectPartnerEventPublisher events, ResellerConfig config, Clock clock) {
        this.partners = partners;
        this.applications = applications;
        this.links = links;
        this.requests = requests;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The distributor asks the reseller to link; nothing is effective until the reseller accepts. At most one open
     * request per pair (an expired one is closed as EXPIRED and replaced).
     */
    @WithTransaction
    public Uni<LinkRequestView> request(String distributorId, String indirectPartnerId, String requestedBy) {
        return lockInIdOrder(distributorId, indirectPartnerId).chain(locked -> {
            Partner distributor = locked.get(distributorId);
            if (distributor == null) {
                throw new CbcException(CbcError.PARTNER_NOT_FOUND);
            }
            PartnerStatusService.requireActive(distributor);
            Partner reseller = locked.get(indirectPartnerId);
            Instant now = now();
            return requireJoined(distributorId, Program.DISTRIBUTOR, () -> new CbcException(CbcError.NOT_A_DISTRIBUTOR))
                    .chain(() -> requireEligibleReseller(reseller, indirectPartnerId))
                    .chain(() -> links.findById(indirectPartnerId))
                    .invoke(existing -> {
                        if (existing != null) {
                            throw new CbcException(CbcError.INDIRECT_PARTNER_ALREADY_LINKED);
                        }
                    })
                    .chain(() -> requests.openOf(distributorId, indirectPartnerId))
                    .chain(open -> {
                        if (open == null) {
                            return Uni.createFrom().voidItem();
                        }
                        if (open.statusAt(now) == LinkRequestStatus.PENDING) {
                            throw new CbcException(CbcError.LINK_REQUEST_PENDING);
                        }
                        // the open request ran out: close it first (flushed, so the one-open-request index holds)
                        open.close(LinkRequestStatus.EXPIRED, SYSTEM, open.expiresAt, null);
                        return requests.flush();
                    })
                    .chain(() -> {
                        IndirectPartnerLinkRequest request = new IndirectPartnerLinkRequest();
                        request.requestId = UUID.randomUUID();
                        request.distributorId = distributorId;
                        request.indirectPartnerId = indirectPartnerId;
                        request.status = LinkRequestStatus.PENDING;
                        request.requestedBy = requestedBy;
                        request.requestedAt = now;
                        request.expiresAt = now.plus(config.linkRequestTtl()).truncatedTo(ChronoUnit.SECONDS);
                        return requests.persist(request);
                    })
                    .call(events::requested)
                    .map(request -> new LinkRequestView(request, distributor, reseller));
        });
    }

    /**
     * The reseller accepts: the link becomes effective (at most one distributor). The request row is locked first,
     * so an acceptance and a withdrawal of the same request cannot both succeed; then the reseller's row, so two
     * acceptances of different distributors cannot both link.
     */
    @WithTransaction
    public Uni<LinkRequestView> accept(String resellerId, UUID requestId, String acceptedBy) {
        return requests.lockOf(Side.RESELLER, resellerId, requestId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.LINK_REQUEST_NOT_FOUND))
                .invoke(request -> requirePending(request, now()))
                .chain(request -> partners.lock(resellerId).chain(reseller -> {
                    PartnerStatusService.requireActive(reseller);
                    return partners.findById(request.distributorId).chain(distributor -> {
                        if (distributor.status != PartnerStatus.ACTIVE) {
                            throw new CbcException(CbcError.LINK_REQUEST_DISTRIBUTOR_UNAVAILABLE);
                        }
                        return requireJoined(distributor.partnerId, Program.DISTRIBUTOR,
                                () -> new CbcException(CbcError.LINK_REQUEST_DISTRIBUTOR_UNAVAILABLE))
                                .chain(() -> links.findById(resellerId))
                                .chain(existing -> {
                                    if (existing != null) {
                                        throw new CbcException(CbcError.INDIRECT_PARTNER_ALREADY_LINKED);
                                    }
                                    Instant now = now();
                                    request.close(LinkRequestStatus.ACCEPTED, acceptedBy, now, null);
                                    IndirectPartnerLink link = new IndirectPartnerLink();
                                    link.indirectPartnerId = resellerId;
                                    link.distributorId = request.distributorId;
                                    link.associatedOn = now;
                                    link.linkedBy = acceptedBy;
                                    link.requestId = request.requestId;
                                    return links.persist(link);
                                })
                                .call(link -> events.accepted(request, link))
                                .map(link -> new LinkRequestView(request, distributor, reseller));
                    });
                }));
    }

    @WithTransaction
    public Uni<LinkRequestView> reject(String resellerId, UUID requestId, String rejectedBy, String reason) {
        return requests.lockOf(Side.RESELLER, resellerId, requestId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.LINK_REQUEST_NOT_FOUND))
                .invoke(request -> {
                    Instant now = now();
                    requirePending(request, now);
                    request.close(LinkRequestStatus.REJECTED, rejectedBy, now, reason);
                })
                .call(events::rejected)
                .chain(this::view);
    }

    /** The distributor takes back its pending request (it cannot withdraw one already decided). */
    @WithTransaction
    public Uni<LinkRequestView> withdraw(String distributorId, UUID requestId, String withdrawnBy) {
        return requests.lockOf(Side.DISTRIBUTOR, distributorId, requestId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.LINK_REQUEST_NOT_FOUND))
                .invoke(request -> {
                    Instant now = now();
                    requirePending(request, now);
                    request.close(LinkRequestStatus.WITHDRAWN, withdrawnBy, now, null);
                })
                .call(events::withdrawn)
                .chain(this::view);
    }

    @WithSession
    public Uni<Page<LinkRequestView>> requests(Side side, String partnerId, LinkRequestStatus status, int offset,
                                               int limit) {
        return requests.page(side, partnerId, status, now(), offset, limit);
    }

    /**
     * The distributor (or an operator) ends the link. Allowed whatever the distributor's status, so that the
     * resellers of a departed distributor can move on.
     */
    @WithTransaction
    public Uni<Void> unlink(String distributorId, String indirectPartnerId, String unlinkedBy, boolean byOperator) {
        return end(indirectPartnerId, link -> link.distributorId.equals(distributorId),
                CbcError.INDIRECT_PARTNER_NOT_LINKED, byOperator ? EndedBy.OPERATOR : EndedBy.DISTRIBUTOR, unlinkedBy);
    }

    /** The reseller (or an operator) ends its link with its distributor. */
    @WithTransaction
    public Uni<Void> leaveDistributor(String resellerId, String endedBy, boolean byOperator) {
        return end(resellerId, link -> true, CbcError.DISTRIBUTOR_NOT_LINKED,
                byOperator ? EndedBy.OPERATOR : EndedBy.RESELLER, endedBy);
    }

    /** Locks the reseller's row, then its link (the order acceptances use), removes the link and publishes it. */
    private Uni<Void> end(String resellerId, java.util.function.Predicate<IndirectPartnerLink> mayEnd,
                          CbcError notLinked, EndedBy side, String endedBy) {
        return partners.lock(resellerId)
                .chain(() -> links.findById(resellerId, LockModeType.PESSIMISTIC_WRITE))
                .invoke(link -> {
                    if (link == null || !mayEnd.test(link)) {
                        throw new CbcException(notLinked);
                    }
                })
                .call(links::delete)
                .call(link -> events.ended(link, side, endedBy, now()))
                .replaceWithVoid();
    }

    private Uni<LinkRequestView> view(IndirectPartnerLinkRequest request) {
        return partners.findById(request.distributorId).chain(distributor -> partners
                .findById(request.indirectPartnerId).map(reseller -> new LinkRequestView(request, distributor, reseller)));
    }

    private static void requirePending(IndirectPartnerLinkRequest request, Instant now) {
        request.refusalAt(now).ifPresent(refusal -> {
            throw new CbcException(refusal);
        });
    }

    @WithSession
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

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
