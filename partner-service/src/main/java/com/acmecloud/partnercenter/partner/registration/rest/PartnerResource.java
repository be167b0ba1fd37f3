package com.acmecloud.partnercenter.partner.registration.rest;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.programs.service.ProgramApplicationService;
import com.acmecloud.partnercenter.partner.registration.service.PartnerRegistrationService;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Partners", description = "Registration of a company as a partner and its enrolment status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    private final PartnerRegistrationService registrations;
    private final ProgramApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    PartnerResource(PartnerRegistrationService registrations, ProgramApplicationService applications,
                    IdempotentRequests idempotency, Caller caller) {
        this.registrations = registrations;
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/registrations")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Register the caller's company as a partner",
            description = "The partner id is the token's partner_id claim. Publishes partner.registered.v1. "
                    + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Registered")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.99000039,CBC.91001002,CBC.91001003,CBC.99007009")
    public Uni<Response> register(
            @Valid @NotNull RegisterPartnerRequest request,
            @Parameter(description = "Makes the POST safe to retry; same key and body replay the first answer")
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/registrations", request,
                () -> registrations.register(partnerId, request.toRegistration())
                        .chain(this::withApplications)
                        .map(registered -> Response.status(Response.Status.CREATED).entity(registered).build()));
    }

    @GET
    @Path("/{partner_id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Read a partner and its enrolment status",
            description = "A partner reads only itself; operators read any partner.")
    @APIResponse(responseCode = "200", description = "The partner")
    @Extension(name = "x-cbc-errors", value = "CBC.0150,CBC.91001001")
    @WithSession // one session for the partner and its applications: reads open no transaction
    public Uni<PartnerResponse> get(@PathParam("partner_id") String partnerId) {
        return registrations.get(partnerId).chain(this::withApplications);
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List partners (operators)", description = "Oldest registration first.")
    @APIResponse(responseCode = "200", description = "One page of partners with total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100")
    @WithSession
    public Uni<PartnerListResponse> list(
            @Parameter(description = "Item offset from 0") @QueryParam("offset") String offset,
            @Parameter(description = "1 to 100, default 10") @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.parse(offset, limit);
        return registrations.list(page.offset(), page.limit()).chain(partners -> applications
                .ofPartners(partners.items().stream().map(p -> p.partnerId).toList())
                .map(applied -> new PartnerListResponse(partners.totalCount(), partners.items().stream()
                        .map(p -> PartnerResponse.of(p, applied.getOrDefault(p.partnerId, List.of()))).toList())));
    }

    private Uni<PartnerResponse> withApplications(Partner partner) {
        return applications.ofPartner(partner.partnerId).map(applied -> PartnerResponse.of(partner, applied));
    }
}
