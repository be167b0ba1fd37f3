package com.acmecloud.partnercenter.partner.programs.rest;

import com.acmecloud.partnercenter.partner.programs.service.ProgramApplicationService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners")
@Tag(name = "Programs", description = "The program catalogue, applications and joined programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramApplicationResource {

    /** What this service checks before a partner may join a program, and what belongs elsewhere. */
    static final String ELIGIBILITY = "Checked here: the partner is ACTIVE (restricted → CBC.91002004, exited → "
            + "CBC.91002005); rule 1 — Solution Provider needs approved enterprise real-name authentication and a "
            + "bound e-mail, Cloud Reseller and Distributor need approved real-name (the error's details name each "
            + "missing prerequisite, CBC.91001010); rule 4, the part this service knows — a company with an approved "
            + "Solution Provider program cannot become a Cloud Reseller (the company is every partner account whose "
            + "approved real-name authentication has the same licence number), and (assumption) a partner cannot be "
            + "both Distributor and Cloud Reseller (CBC.91002003, details name the conflict); rule 4's zero recharge "
            + "balance — a partner whose cash balance billing-gateway last reported as non-zero cannot apply to or "
            + "be approved for Cloud Reseller (CBC.91002016; projected from billing.partner_cash_balance_changed). "
            + "Not checked (no service of the suite has the data): the rest of rule 4 — special commercial "
            + "contracts, sub-customer and enterprise master/member accounts, the partner's own arrears (partner "
            + "accounts carry no debt in billing), open resources, invoiceable amounts, postpaid, and voiding "
            + "coupons and stored-value cards.";

    private final ProgramApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    ProgramApplicationResource(ProgramApplicationService applications, IdempotentRequests idempotency, Caller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/{partner_id}/program-applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Apply to a partner program",
            description = ELIGIBILITY + " An operator decides with the review operation, which checks all of this "
                    + "again. Publishes program.application_submitted.v1.")
    @APIResponse(responseCode = "201", description = "Submitted")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.91001001,CBC.91001010,CBC.91001011,"
            + "CBC.91002003,CBC.91002004,CBC.91002005,CBC.91002016,CBC.99007009")
    public Uni<Response> apply(@PathParam("partner_id") String partnerId, @Valid @NotNull ApplyToProgramRequest request,
                               @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/{partner_id}/program-applications",
                request, () -> applications.apply(partnerId, request.program())
                        .map(applied -> Response.status(Response.Status.CREATED)
                                .entity(ProgramApplicationResponse.of(applied)).build()));
    }

    @GET
    @Path("/{partner_id}/program-applications")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "List the partner's program applications")
    @APIResponse(responseCode = "200", description = "Applications, oldest first")
    @Extension(name = "x-cbc-errors", value = "CBC.0150")
    public Uni<List<ProgramApplicationResponse>> list(@PathParam("partner_id") String partnerId) {
        return applications.ofPartner(partnerId)
                .map(found -> found.stream().map(ProgramApplicationResponse::of).toList());
    }

    @POST
    @Path("/{partner_id}/program-applications/{application_id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Approve or reject a program application (operators)",
            description = "{\"result\": \"APPROVED\"|\"REJECTED\", \"reason\": ...}; the reason is required to reject. "
                    + "Approving re-checks the partner's eligibility, since its state may have changed after it "
                    + "applied. " + ELIGIBILITY + " On approval the partner joins the program: publishes "
                    + "program.application_approved.v1 and program.joined.v1, and for a program that issues a "
                    + "certificate (Solution Provider, Distributor) issues it and publishes "
                    + "program.certificate_issued.v1. A rejection publishes program.application_rejected.v1.")
    @APIResponse(responseCode = "200", description = "Decided")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001001,CBC.91001010,CBC.91002001,"
            + "CBC.91002002,CBC.91002003,CBC.91002004,CBC.91002005,CBC.91002016")
    public Uni<ProgramApplicationResponse> review(@PathParam("partner_id") String partnerId,
                                                  @PathParam("application_id") String applicationId,
                                                  @Valid @NotNull ReviewProgramApplicationRequest request) {
        UUID id = PathIds.uuid(applicationId, CbcError.PROGRAM_APPLICATION_NOT_FOUND);
        String operator = caller.name();
        return applications.review(partnerId, id, request.result(), request.reason(), operator)
                .map(ProgramApplicationResponse::of);
    }
}
