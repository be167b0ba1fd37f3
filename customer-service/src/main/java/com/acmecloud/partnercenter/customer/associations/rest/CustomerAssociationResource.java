package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.associations.service.AssociationLifecycleService;
import com.acmecloud.partnercenter.customer.core.service.CustomerIdentity;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's side of the association lifecycle (role customer; the account is the caller's own). */
@Path("/v2/customers")
@Tag(name = "Association lifecycle", description = "Association type switches and disassociations (rules 26-30); a "
        + "customer of the other site (token claim site, rule 10) gets CBC.0156")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerAssociationResource {

    private final AssociationLifecycleService lifecycle;
    private final Caller caller;
    private final Clock clock;

    CustomerAssociationResource(AssociationLifecycleService lifecycle, Caller caller, Clock clock) {
        this.lifecycle = lifecycle;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/association")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My partner, association type and pending type switch",
            description = "The caller's account (token claim customer_id, else the account the token's subject "
                    + "signed up for): partner_id and association_type (null when not associated), is_frozen, and "
                    + "the partner's type-switch request waiting for its decision (pending_type_change, null when "
                    + "none).")
    @APIResponse(responseCode = "200", description = "The caller's association")
    @Extension(name = "x-cbc-errors", value = "CBC.0156,CBC.91005002")
    public Uni<CustomerAssociationResponse> association() {
        return lifecycle.currentAssociation(CustomerIdentity.Token.of(caller))
                .map(current -> CustomerAssociationResponse.of(current, clock.instant()));
    }

    @POST
    @Path("/association-type-changes/{request_id}/confirm")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Confirm the partner's association type switch",
            description = "Rule 26: the association type becomes the requested one. Rule 29 consequences are "
                    + "published for billing in customer.association_type_changed.v1. Refused when the request is "
                    + "not the caller's (CBC.91005050), already decided (CBC.91005053), expired (CBC.91005054), the "
                    + "account is frozen (CBC.91005057) or has arrears on the partner's book (rule 28, CBC.91005061), "
                    + "or, for a switch to resale, has debt on any partner's book (rule 11, CBC.91005062).")
    @APIResponse(responseCode = "200", description = "The confirmed request")
    @Extension(name = "x-cbc-errors", value = "CBC.0156,CBC.91005002,CBC.91005050,CBC.91005053,CBC.91005054,"
            + "CBC.91005057,CBC.91005061,CBC.91005062")
    public Uni<AssociationTypeChangeResponse> confirm(@PathParam("request_id") String requestId) {
        return lifecycle.confirmTypeChange(CustomerIdentity.Token.of(caller), requestId)
                .map(confirmed -> AssociationTypeChangeResponse.of(confirmed, clock.instant()));
    }

    @POST
    @Path("/association-type-changes/{request_id}/reject")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Reject the partner's association type switch",
            description = "The association stays as it is. Refused when the request is not the caller's "
                    + "(CBC.91005050), already decided (CBC.91005053) or expired (CBC.91005054).")
    @APIResponse(responseCode = "200", description = "The rejected request")
    @Extension(name = "x-cbc-errors", value = "CBC.0156,CBC.91005002,CBC.91005050,CBC.91005053,CBC.91005054")
    public Uni<AssociationTypeChangeResponse> reject(@PathParam("request_id") String requestId) {
        return lifecycle.rejectTypeChange(CustomerIdentity.Token.of(caller), requestId)
                .map(rejected -> AssociationTypeChangeResponse.of(rejected, clock.instant()));
    }

    @POST
    @Path("/association/disassociate")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Leave my partner",
            description = "Ends the caller's association. Refused when the account has no partner (CBC.91005058), "
                    + "while a type switch waits for the caller's decision (CBC.91005052, decide it first), while the "
                    + "account is frozen (rule 28, CBC.91005057) or has arrears on the partner's book (rule 28, "
                    + "CBC.91005061), and when the caller already disassociated from this "
                    + "partner within the window (rule 27, once per 3 months: CBC.91005056). Body optional: reason. "
                    + "Publishes customer.disassociated.v1.")
    @APIResponse(responseCode = "200", description = "What the disassociation ended")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0156,CBC.91005002,CBC.91005052,CBC.91005056,CBC.91005057,"
            + "CBC.91005058,CBC.91005061")
    public Uni<DisassociationResponse> disassociate(@Valid DisassociateRequest request) {
        return lifecycle.disassociateByCustomer(CustomerIdentity.Token.of(caller),
                        request == null ? null : emptyToNull(request.reason()))
                .map(DisassociationResponse::of);
    }
}
