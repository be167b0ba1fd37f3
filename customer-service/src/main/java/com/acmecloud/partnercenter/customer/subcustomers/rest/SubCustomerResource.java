package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.customer.subcustomers.service.SubCustomerService;
import com.acmecloud.partnercenter.platform.security.idempotency.IdempotentRequests;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v2/partners/sub-customers")
@Tag(name = "Sub-customers", description = "Customer accounts created by partners (Huawei-compatible)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubCustomerResource {

    private final SubCustomerService subCustomers;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    SubCustomerResource(SubCustomerService subCustomers, IdempotentRequests idempotency, Caller caller) {
        this.subCustomers = subCustomers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Create a customer account and associate it (Huawei CreateSubCustomer)",
            description = "Creates the account and associates it with the caller, in resale mode unless the deprecated "
                    + "cooperation_type 1 (referral) is sent (rules 16, 17). The association completes in the same "
                    + "transaction, so include_association_result never times out. xaccount_type must be the platform "
                    + "id assigned to the caller (CBC.0150), xaccount_id is unique per xaccount_type (rule 20), domain_name per platform (rule 18), a mobile_phone needs the code from "
                    + "/v2/bases/verificationcode/send (rule 21). A distributor creates customers only for a cloud "
                    + "reseller linked to it, by indirect_partner_id (rule 23); restricted or exited partners, and "
                    + "resellers of a restricted or exited distributor, cannot (rule 24); a test partner account "
                    + "cannot, nor a distributor for a test reseller (CBC.99005035). A mobile_phone another partner holds an "
                    + "active deal registration for is refused (CBC.99000051); the caller's own no-account registration "
                    + "of it is converted (customer.deal_registration_converted.v1). Publishes "
                    + "customer.sub_customer_created.v1 and customer.associated.v1. Send an Idempotency-Key to make "
                    + "retries safe.")
    @APIResponse(responseCode = "200", description = "Created and associated")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0150,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,"
            + "CBC.5017,CBC.99000029,CBC.99000031,CBC.99000036,CBC.99000037,CBC.99000038,CBC.99000039,CBC.50010059,"
            + "CBC.50010065,CBC.50010085,CBC.50010086,CBC.91002005,CBC.91005001,CBC.99000027,CBC.99004009,"
            + "CBC.99004010,CBC.99007009,CBC.99000051,CBC.99005035")
    public Uni<Response> create(@Valid @NotNull CreateSubCustomerRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        String partnerId = caller.requirePartnerId();
        String callerName = caller.name();
        return idempotency.execute(idempotencyKey, partnerId, "POST /v2/partners/sub-customers", request, () ->
                subCustomers.create(partnerId, callerName, request.toNewSubCustomer())
                        .map(customer -> Response.ok(
                                new CreateSubCustomerResponse(customer.customerId, customer.domainName)).build()));
    }

    @POST
    @Path("/query")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Query the partner's customers (Huawei QuerySubCustomerList)",
            description = "The caller's customers, or those of a cloud reseller linked to the caller when a "
                    + "distributor passes its indirect_partner_id (CBC.99000037 otherwise). Filters: account_name "
                    + "(a part of the login name), label (a part of the label, set by PUT .../{customer_id}/label), "
                    + "customer (verified real-name name, case-insensitive contains), customer_id, association_type "
                    + "(1 referral, 2 resale), associated_on_begin / associated_on_end (UTC yyyy-MM-dd'T'HH:mm:ss'Z', "
                    + "inclusive). Part matches of account_name and label are prefix, suffix or middle and "
                    + "case-sensitive, as Huawei's; an empty string does not filter. Each customer carries "
                    + "verified_status and customer_type (rule 55). offset from 0, limit 1 to 100 (default 10); "
                    + "oldest association first.")
    @APIResponse(responseCode = "200", description = "One page of customers")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,CBC.99000037")
    public Uni<QuerySubCustomersResponse> query(@Valid @NotNull QuerySubCustomersRequest request) {
        String partnerId = caller.requirePartnerId();
        return subCustomers.query(partnerId, emptyToNull(request.indirectPartnerId()), request.toFilter(),
                        request.offsetOrDefault(), request.limitOrDefault())
                .map(page -> new QuerySubCustomersResponse(page.totalCount(),
                        page.items().stream().map(SubCustomerInfo::of).toList()));
    }

    @POST
    @Path("/users/check-identity")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Check whether a login name, mobile number or e-mail can still register (Huawei CheckUserIdentity)",
            description = "search_type name: the login name; mobile: a number as 0086-1xxxxxxxxxx; email: an "
                    + "address, whatever its case (customers who signed up through an invitation have one).")
    @APIResponse(responseCode = "200", description = "available or used_by_user")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.5001,CBC.5017")
    public Uni<CheckIdentityResponse> checkIdentity(@Valid @NotNull CheckIdentityRequest request) {
        return subCustomers.checkIdentity(request.searchType(), request.searchValue())
                .map(check -> CheckIdentityResponse.of(check.name().toLowerCase(Locale.ROOT)));
    }

}
