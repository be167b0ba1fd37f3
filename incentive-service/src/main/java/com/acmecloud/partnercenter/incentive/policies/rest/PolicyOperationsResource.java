package com.acmecloud.partnercenter.incentive.policies.rest;

import com.acmecloud.partnercenter.incentive.core.Params;
import com.acmecloud.partnercenter.incentive.policies.domain.IncentivePolicy;
import com.acmecloud.partnercenter.incentive.policies.service.PolicyService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators manage policies by adding versions (never editing one in place); our own paths. */
@Path("/v2/operations/incentive-discount-policies")
@Tag(name = "Incentive policies", description = "Incentive and discount policies per cloud service type (rule 61)")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyOperationsResource {

    private static final String OPERATOR_KEYS = "platform-operators";

    private final PolicyService policies;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    PolicyOperationsResource(PolicyService policies, IdempotentRequests idempotency, Caller caller) {
        this.policies = policies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a policy version (operator)",
            description = "Adds version n+1 of the service type's policy; earlier versions stay as they are, so a "
                    + "month's answer changes only through a new version in force at its last second. "
                    + "Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "The stored version")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.99007009")
    public Uni<Response> create(@Valid @NotNull CreatePolicyVersionRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        int code = request.incentivePolicy();
        if (IncentivePolicy.of(code).isEmpty()) {
            throw Params.invalid(CbcError.PARAMETER_ERROR, "incentive_policy", "must be 0, 1, 2 or 13");
        }
        PolicyService.NewVersion version = new PolicyService.NewVersion(request.serviceTypeCode(),
                request.serviceTypeName(), code, "YES".equals(request.allowDiscount()),
                Params.instant("effective_from", request.effectiveFrom()), request.reason());
        String operator = caller.name();
        return idempotency.execute(idempotencyKey, OPERATOR_KEYS, "POST /v2/operations/incentive-discount-policies",
                request, () -> policies.create(version, operator).map(row -> Response.status(Response.Status.CREATED)
                        .entity(PolicyVersionResponse.of(row)).build()));
    }

    @GET
    @Path("/{service_type_code}/versions")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "A service type's policy versions",
            description = "Every version, newest first, with who added it and why.")
    @APIResponse(responseCode = "200", description = "The versions")
    @Extension(name = "x-cbc-errors", value = "CBC.0100")
    public Uni<PolicyVersionResponse.Versions> versions(@PathParam("service_type_code") String serviceTypeCode) {
        String code = Params.serviceTypeCode("service_type_code", serviceTypeCode);
        return policies.versions(code).map(rows -> new PolicyVersionResponse.Versions(rows.size(),
                rows.stream().map(PolicyVersionResponse::of).toList()));
    }
}
