package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.service.PrivacyConsentService;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner records the privacy consent it collected on its sign-up page for its sub-customer, and reads its
 * sub-customers' consents (seed 16 / rule 22; our own API). Same class-level path as {@code SubCustomerResource}
 * so that a wrong method stays a 405.
 */
@Path("/v2/partners/sub-customers")
@Tag(name = "Privacy consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerPrivacyConsentResource {

    private final PrivacyConsentService consents;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    PartnerPrivacyConsentResource(PrivacyConsentService consents, IdempotentRequests idempotency, Caller caller) {
        this.consents = consents;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/privacy-consents")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Record a sub-customer's privacy consent collected by the partner",
            description = "Appends the consent the customer gave on the partner's sign-up page: text version and "
                    + "consented_at (UTC yyyy-MM-dd'T'HH:mm:ss'Z', not in the future). customer_id must be the "
                    + "caller's sub-customer (CBC.99000035). Real-name submissions need a recorded consent. Publishes "
                    + "customer.privacy_consent_recorded.v1. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000035,"
            + "CBC.99007009")
    public Uni<Response> record(@Valid @NotNull PartnerConsentRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/sub-customers/privacy-consents",
                request, () -> consents.recordByPartner(partnerId, request.customerId(), request.textVersion(),
                                request.consentedAtInstant(), callerName)
                        .map(consent -> Response.status(Response.Status.CREATED)
                                .entity(PrivacyConsentResponse.of(consent)).build()));
    }

    @GET
    @Path("/privacy-consents")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Privacy consents of a sub-customer",
            description = "customer_id (required) must be the caller's sub-customer (CBC.99000035). Newest first; "
                    + "offset from 0, limit 1 to 100 (default 10).")
    @APIResponse(responseCode = "200", description = "One page with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000035")
    public Uni<PrivacyConsentListResponse> list(@QueryParam("customer_id") String customerId,
                                                @QueryParam("offset") String offset,
                                                @QueryParam("limit") String limit) {
        String partnerId = caller.requirePartnerId();
        if (customerId == null || customerId.isEmpty()) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("customer_id", CbcError.INVALID_PARAMETER, "is required")));
        }
        PageRequest page = PageRequest.parse(offset, limit);
        return consents.ofPartnersCustomer(partnerId, customerId, page.offset(), page.limit())
                .map(found -> new PrivacyConsentListResponse(found.totalCount(),
                        found.items().stream().map(PrivacyConsentResponse::of).toList()));
    }
}
