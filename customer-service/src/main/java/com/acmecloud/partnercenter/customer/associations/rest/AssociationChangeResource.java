package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationChangeRequest;
import com.acmecloud.partnercenter.customer.associations.service.AssociationLifecycleService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner's side of the association lifecycle (rules 26–28). Huawei has no API for it; these follow its style.
 * Same class-level path as {@code SubCustomerResource}, so a wrong method stays a 405.
 */
@Path("/v2/partners/sub-customers")
@Tag(name = "Association lifecycle", description = "Association type switches and disassociations (rules 26-30)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssociationChangeResource {

    private final AssociationLifecycleService lifecycle;
    private final IdempotentRequests idempotency;
    private final Caller caller;
    private final Clock clock;

    AssociationChangeResource(AssociationLifecycleService lifecycle, IdempotentRequests idempotency, Caller caller,
                              Clock clock) {
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/{customer_id}/association-type-changes")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Ask the customer to switch its association type",
            description = "Rule 26: the partner requests the switch (1 referral, 2 resale) and the customer confirms "
                    + "or rejects it with POST /v2/customers/association-type-changes/{request_id}/confirm|reject; "
                    + "undecided it expires after partnercenter.association.type-change-validity (7 days). Refused "
                    + "while another request is pending (CBC.91005052), for the type the customer already has "
                    + "(CBC.91005051), while the customer is frozen (rule 28, CBC.91005057) or has arrears on the "
                    + "partner's book (rule 28, CBC.91005061: allocate funds to clear them), a switch to resale while "
                    + "the customer has debt on any partner's book (rule 11, CBC.91005062), and when the partner "
                    + "already initiated a switch request or disassociation with this customer within the window "
                    + "(rule 27, once per 3 months: CBC.91005055; every request counts, whatever became of it). "
                    + "Only the caller's customers (or a linked reseller's, with indirect_partner_id): CBC.99000035. "
                    + "Publishes customer.association_type_change_requested.v1. Send an Idempotency-Key to make "
                    + "retries safe.")
    @APIResponse(responseCode = "200", description = "The pending request")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000035,CBC.99000037,"
            + "CBC.91005051,CBC.91005052,CBC.91005055,CBC.91005057,CBC.91005061,CBC.91005062,CBC.99007009")
    public Uni<Response> requestTypeChange(@PathParam("customer_id") String customerId,
                                           @Valid @NotNull RequestTypeChangeRequest request,
                                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId,
                "POST /v2/partners/sub-customers/" + customerId + "/association-type-changes", request, () ->
                        lifecycle.requestTypeChange(partnerId, callerName, emptyToNull(request.indirectPartnerId()),
                                        customerId, Integer.parseInt(request.associationType()))
                                .map(created -> Response.ok(AssociationTypeChangeResponse.of(created, clock.instant()))
                                        .build()));
    }

    @POST
    @Path("/{customer_id}/association-type-changes/{request_id}/cancel")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Withdraw a pending association type switch request",
            description = "Only a pending request can be cancelled (CBC.91005053 once decided, CBC.91005054 once "
                    + "expired). It still counts for rule 27. The body is optional ({\"indirect_partner_id\"} for a "
                    + "distributor). Publishes customer.association_type_change_decided.v1 (CANCELLED).")
    @APIResponse(responseCode = "200", description = "The cancelled request")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001,CBC.99000035,CBC.99000037,CBC.91005050,"
            + "CBC.91005053,CBC.91005054")
    public Uni<AssociationTypeChangeResponse> cancelTypeChange(@PathParam("customer_id") String customerId,
                                                               @PathParam("request_id") String requestId,
                                                               @Valid PartnerScopeRequest request) {
        String partnerId = caller.requirePartnerId();
        return lifecycle.cancelTypeChange(partnerId, caller.name(),
                        request == null ? null : emptyToNull(request.indirectPartnerId()), customerId, requestId)
                .map(cancelled -> AssociationTypeChangeResponse.of(cancelled, clock.instant()));
    }

    @GET
    @Path("/association-type-changes")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "List the partner's association type switch requests",
            description = "Newest first. Filters: customer_id, status (PENDING, CONFIRMED, REJECTED, CANCELLED, "
                    + "EXPIRED; a pending request past its expiry is EXPIRED), indirect_partner_id (a distributor "
                    + "lists a linked reseller's requests). offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "One page of requests")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<AssociationTypeChangeListResponse> typeChanges(@QueryParam("customer_id") String customerId,
                                                              @QueryParam("status") String status,
                                                              @QueryParam("offset") String offset,
                                                              @QueryParam("limit") String limit,
                                                              @QueryParam("indirect_partner_id")
                                                              String indirectPartnerId) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        requireAtMost64("customer_id", customerId);
        requireAtMost64("indirect_partner_id", indirectPartnerId);
        return lifecycle.typeChanges(partnerId, emptyToNull(indirectPartnerId), emptyToNull(customerId),
                        statusOf(status), page.offset(), page.limit())
                .map(found -> {
                    var now = clock.instant();
                    return new AssociationTypeChangeListResponse(found.totalCount(),
                            found.items().stream().map(r -> AssociationTypeChangeResponse.of(r, now)).toList());
                });
    }

    @POST
    @Path("/{customer_id}/disassociate")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "End the association with a customer",
            description = "The customer account stays; it is no longer the partner's sub-customer (it leaves "
                    + "sub-customers/query). Refused while a type switch is pending (CBC.91005052), while the customer "
                    + "is frozen (rule 28, CBC.91005057) or has arrears on the partner's book (rule 28, CBC.91005061: "
                    + "allocate funds to clear them), and when the partner already initiated a switch request or "
                    + "disassociation with this customer within the window (rule 27, CBC.91005055). Body optional: "
                    + "reason (up to 256 characters), indirect_partner_id. Publishes customer.disassociated.v1 "
                    + "(unbind_reclaim true for resale: billing reclaims the allocation and partner coupons, rule 30).")
    @APIResponse(responseCode = "200", description = "What the disassociation ended")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001,CBC.99000035,CBC.99000037,CBC.91005052,"
            + "CBC.91005055,CBC.91005057,CBC.91005061,CBC.99007009")
    public Uni<Response> disassociate(@PathParam("customer_id") String customerId,
                                      @Valid DisassociateRequest request,
                                      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        DisassociateRequest body = request == null ? new DisassociateRequest(null, null) : request;
        return idempotency.execute(idempotencyKey, partnerId,
                "POST /v2/partners/sub-customers/" + customerId + "/disassociate", body, () ->
                        lifecycle.disassociateByPartner(partnerId, callerName, emptyToNull(body.indirectPartnerId()),
                                        customerId, emptyToNull(body.reason()))
                                .map(ended -> Response.ok(DisassociationResponse.of(ended)).build()));
    }

    private static AssociationChangeRequest.Status statusOf(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return AssociationChangeRequest.Status.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of("status", CbcError.PARAMETER_ERROR,
                            "must be PENDING, CONFIRMED, REJECTED, CANCELLED or EXPIRED")));
        }
    }

    private static void requireAtMost64(String field, String value) {
        if (value != null && value.length() > 64) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(),
                    List.of(ErrorDetail.of(field, CbcError.PARAMETER_ERROR, "size must be between 0 and 64")));
        }
    }

}
