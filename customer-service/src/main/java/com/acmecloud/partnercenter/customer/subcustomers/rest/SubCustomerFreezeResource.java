package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerFreezeService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Huawei INTL freeze / unfreeze of resale customers. Same class-level path as {@link SubCustomerResource}. */
@Path("/v2/partners/sub-customers")
@Tag(name = "Sub-customers", description = "Customer accounts created by partners (Huawei-compatible)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubCustomerFreezeResource {

    private static final String PER_CUSTOMER = "Each customer succeeds or fails on its own: the answer is 200, with "
            + "error_details[{error_code, error_msg, id}] for the customers that failed (none when all succeeded): "
            + "CBC.99000035 not the caller's customer, CBC.5024 a referral customer. ";

    private final SubCustomerFreezeService freezes;
    private final Caller caller;

    SubCustomerFreezeResource(SubCustomerFreezeService freezes, Caller caller) {
        this.freezes = freezes;
        this.caller = caller;
    }

    @POST
    @Path("/freeze")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Freeze resale customers (Huawei FreezeSubCustomers)",
            description = "customer_ids (1 to 10), reason (up to 256 characters), freeze_type ACCOUNT (default) or "
                    + "ACCOUNT_AND_RESOURCE; a distributor passes indirect_partner_id. " + PER_CUSTOMER
                    + "Freezing a customer already frozen with the same type succeeds and changes nothing; with the "
                    + "other type: CBC.91005059 (unfreeze first). A frozen customer shows is_frozen 1 or 2 in "
                    + "sub-customers/query and cannot be disassociated or switched (rule 28). Publishes "
                    + "customer.frozen.v1 per customer frozen.")
    @APIResponse(responseCode = "200", description = "Done; error_details lists the customers that failed")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000037,CBC.99000035,CBC.5024,"
            + "CBC.91005059")
    public Uni<FreezeSubCustomersResponse> freeze(@Valid @NotNull FreezeSubCustomersRequest request) {
        String partnerId = caller.requirePartnerId();
        return freezes.freeze(partnerId, caller.name(), emptyToNull(request.indirectPartnerId()),
                        request.customerIds(), request.reason(), request.type())
                .map(FreezeSubCustomersResponse::of);
    }

    @POST
    @Path("/unfreeze")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Unfreeze resale customers (Huawei UnfreezeSubCustomers)",
            description = "customer_ids (1 to 10), reason (up to 256 characters), unfreeze_type ACCOUNT (default) or "
                    + "ACCOUNT_AND_RESOURCE, which must be the type the customer was frozen with (CBC.91005060); a "
                    + "distributor passes indirect_partner_id. " + PER_CUSTOMER + "Unfreezing a customer that is not "
                    + "frozen succeeds and changes nothing. Publishes customer.unfrozen.v1 per customer unfrozen.")
    @APIResponse(responseCode = "200", description = "Done; error_details lists the customers that failed")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91001003,CBC.5001,CBC.99000037,CBC.99000035,CBC.5024,"
            + "CBC.91005060")
    public Uni<FreezeSubCustomersResponse> unfreeze(@Valid @NotNull UnfreezeSubCustomersRequest request) {
        String partnerId = caller.requirePartnerId();
        return freezes.unfreeze(partnerId, caller.name(), emptyToNull(request.indirectPartnerId()),
                        request.customerIds(), request.reason(), request.type())
                .map(FreezeSubCustomersResponse::of);
    }

}
