package com.acmecloud.partnercenter.customer.subcustomers.rest;

import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerLabelService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Same class-level path as {@link SubCustomerResource}: differing prefixes would turn its 405s into 404s. */
@Path("/v2/partners/sub-customers")
@Tag(name = "Sub-customers", description = "Customer accounts created by partners (Huawei-compatible)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubCustomerLabelResource {

    private final SubCustomerLabelService labels;
    private final Caller caller;

    SubCustomerLabelResource(SubCustomerLabelService labels, Caller caller) {
        this.labels = labels;
        this.caller = caller;
    }

    @PUT
    @Path("/{customer_id}/label")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Set or remove a customer's label (our own API)",
            description = "The label shows as label in POST /v2/partners/sub-customers/query, whose label filter "
                    + "matches a part of it (prefix, suffix or middle, case-sensitive, as Huawei). At most 64 "
                    + "characters without control characters; the empty string removes it. Only the caller's own "
                    + "customers, or, for a distributor, those of a cloud reseller linked to it named by "
                    + "indirect_partner_id; any other customer id, existing or not, is CBC.99000035. Setting the same "
                    + "label again changes nothing.")
    @APIResponse(responseCode = "204", description = "Label set or removed")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000035,"
            + "CBC.99000037")
    public Uni<Void> setLabel(@PathParam("customer_id") String customerId, @Valid @NotNull SetLabelRequest request) {
        String partnerId = caller.requirePartnerId();
        return labels.setLabel(partnerId, request.indirectPartnerIdOrNull(), customerId, request.label())
                .replaceWithVoid();
    }
}
