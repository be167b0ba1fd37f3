package com.acmecloud.partnercenter.customer.realname.rest;

import com.acmecloud.partnercenter.customer.realname.service.RealNameService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
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
import jakarta.ws.rs.PUT;
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

/** Huawei's customer real-name APIs, called by a partner for its sub-customers (rules 49–55). */
@Path("/v2/customers")
@Tag(name = "Customer real-name", description = "Real-name authentication of sub-customers by their partner "
        + "(Huawei-compatible); every submission is reviewed by an operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RealNameAuthResource {

    private static final String COMMON_RULES = " Refused with CBC.99005030 unless the partner enabled real-name "
            + "attachment upload and bound its OBS bucket (rule 49); with CBC.99000035 unless customer_id is the "
            + "caller's sub-customer; with CBC.91005030 until the customer's privacy consent is recorded. "
            + "verified_file_url holds paths relative to the bucket's download/ folder (no leading '/', '..', '\\\\', "
            + "empty folder names or URLs: CBC.0100), formats jpg/jpeg/bmp/png/gif/pdf (CBC.99000100). "
            + "Each file is looked up in the partner's bucket (rule 50): missing CBC.91005035, larger than 10 MB "
            + "CBC.99000099, stored with a content type of no allowed format CBC.99000100, the bucket refusing the "
            + "service's access CBC.99005030, OBS unreachable CBC.91005036 (retry). A customer verified or under review "
            + "gets CBC.99007188 (rule 53); submissions per customer (default 5, CBC.99007191) and customers "
            + "verified or under review per ID number (default 5, CBC.99007189) are capped. The answer is "
            + "{\"is_review\": 1}: an operator reviews every submission; poll GET /v2/customers/realname-auths/result.";

    private final RealNameService realNames;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    RealNameAuthResource(RealNameService realNames, IdempotentRequests idempotency, Caller caller) {
        this.realNames = realNames;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Path("/realname-auths/individual")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Submit a customer's individual real-name authentication (Huawei ApplyIndividualRealnameAuths)",
            description = "identify_type 0: an ID document (verified_type 3, 5, 6, 9 or 10) with exactly 3 images; "
                    + "identify_type 4: bank_card_info plus exactly 1 face photo, with a code sent by POST "
                    + "/v2/bases/verificationcode/send with scene 18 for this customer_id (rules 50, 51)."
                    + COMMON_RULES + " Publishes customer.realname_submitted.v1. Send an Idempotency-Key to make "
                    + "retries safe.")
    @APIResponse(responseCode = "200", description = "Submitted for review")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99005030,"
            + "CBC.99000035,CBC.91005030,CBC.99000100,CBC.99000099,CBC.91005035,CBC.91005036,CBC.99007188,"
            + "CBC.99007189,CBC.99007191,CBC.5017,CBC.91005001,"
            + "CBC.99004008,CBC.99004009,CBC.99004010,CBC.99007009")
    public Uni<Response> individual(@Valid @NotNull IndividualRealNameRequest request,
                                    @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/customers/realname-auths/individual", request,
                () -> realNames.submitIndividual(partnerId, callerName, request.toApplication())
                        .map(submitted -> Response.ok(new RealNameSubmitResponse(1)).build()));
    }

    @POST
    @Path("/realname-auths/enterprise")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Submit a customer's enterprise real-name authentication (Huawei ApplyEnterpriseRealnameAuths)",
            description = "identify_type 1 only; certificate_type 0, 1, 2, 3, 4 or 99; at most 4 files in the order "
                    + "licence, ID portrait side, ID emblem side; reg_country ISO 3166-1 alpha-2; enterprise_person "
                    + "{legel_name, legel_id_number, certifier_role legalPerson} (rules 50, 51). A verified individual "
                    + "changes to enterprise with PUT instead." + COMMON_RULES
                    + " Publishes customer.realname_submitted.v1. Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "200", description = "Submitted for review")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99005030,"
            + "CBC.99000035,CBC.91005030,CBC.99000100,CBC.99000099,CBC.91005035,CBC.91005036,CBC.99007188,"
            + "CBC.99007189,CBC.99007191,CBC.99007009")
    public Uni<Response> enterprise(@Valid @NotNull EnterpriseRealNameRequest request,
                                    @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/customers/realname-auths/enterprise", request,
                () -> realNames.submitEnterprise(partnerId, callerName, request.toApplication(), false)
                        .map(submitted -> Response.ok(new RealNameSubmitResponse(1)).build()));
    }

    @PUT
    @Path("/realname-auths/enterprise")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Change a customer's real-name from individual to enterprise (Huawei ChangeEnterpriseRealnameAuths)",
            description = "change_type must be 1 (CBC.0100 otherwise): the only change supported by API (rule 54). "
                    + "Only for a customer whose individual real-name is approved (CBC.91005032); while the change is "
                    + "reviewed the customer stays verified as an individual if it is rejected. Same fields as POST."
                    + COMMON_RULES + " Publishes customer.realname_submitted.v1.")
    @APIResponse(responseCode = "200", description = "Submitted for review")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99005030,"
            + "CBC.99000035,CBC.91005030,CBC.99000100,CBC.99000099,CBC.91005035,CBC.91005036,CBC.99007188,"
            + "CBC.99007189,CBC.99007191,CBC.91005032")
    public Uni<RealNameSubmitResponse> change(@Valid @NotNull EnterpriseRealNameRequest request) {
        return realNames.submitEnterprise(caller.requirePartnerId(), caller.name(), request.toApplication(), true)
                .map(submitted -> new RealNameSubmitResponse(1));
    }

    @GET
    @Path("/realname-auths/result")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Real-name review result of a customer (Huawei ShowRealnameAuthenticationReviewResult)",
            description = "The latest submission of the caller's sub-customer: review_result 0 reviewing, 1 rejected "
                    + "(with the reviewer's opinion), 2 approved (rule 52). CBC.91005031 when nothing was submitted.")
    @APIResponse(responseCode = "200", description = "The review result")
    @Extension(name = "x-cbc-errors", value = "CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000035,CBC.91005031")
    public Uni<RealNameResultResponse> result(@QueryParam("customer_id") String customerId) {
        String partnerId = caller.requirePartnerId();
        if (customerId == null || customerId.isEmpty()) {
            throw new CbcException(CbcError.INVALID_PARAMETER, CbcError.INVALID_PARAMETER.message(),
                    List.of(ErrorDetail.of("customer_id", CbcError.INVALID_PARAMETER, "is required")));
        }
        return realNames.result(partnerId, customerId).map(RealNameResultResponse::of);
    }
}
