package com.acmecloud.partnercenter.billing.funds.rest;

import static com.acmecloud.partnercenter.platform.api.json.OptionalStrings.emptyToNull;

import com.acmecloud.partnercenter.billing.funds.service.FundsQueries;
import com.acmecloud.partnercenter.billing.partners.service.PartnerScopes;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

@Path("/v2/accounts/customer-accounts")
@Tag(name = "Customer accounts", description = "Resale customers' balances (Huawei-compatible)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class CustomerAccountResource {

    private final FundsQueries queries;
    private final PartnerScopes scopes;
    private final Caller caller;

    CustomerAccountResource(FundsQueries queries, PartnerScopes scopes, Caller caller) {
        this.queries = queries;
        this.scopes = scopes;
        this.caller = caller;
    }

    @POST
    @Path("/balances/batch-query")
    @RolesAllowed(Roles.PARTNER)
    @WithSession
    @Operation(summary = "Resale customers' balances (Huawei ListCustomersBalancesDetail)",
            description = "For 1 to 100 customer ids, the allocated balance (amount) and debt of each of the caller's "
                    + "resale customers. Referral customers are left out (rule 39), as are ids that are not the "
                    + "caller's customers. With indirect_partner_id a distributor reads its linked cloud reseller's "
                    + "customers (CBC.99000037 otherwise).")
    @APIResponse(responseCode = "200", description = "The balances")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.0154,CBC.0151,CBC.91001003,CBC.5001,"
            + "CBC.99000037")
    public Uni<FundsWire.CustomerBalances> batchQuery(@Valid @NotNull FundsRequests.QueryCustomerBalances request) {
        String partnerId = caller.requirePartnerId();
        List<String> ids = request.customerInfos().stream().map(FundsRequests.CustomerInfo::customerId).toList();
        return scopes.actingFor(partnerId, emptyToNull(request.indirectPartnerId()))
                .chain(scope -> queries.customerBalances(scope, ids)).map(FundsWire.CustomerBalances::new);
    }

    @GET
    @Path("/balances")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer's own balances (Huawei ShowCustomerAccountBalances)",
            description = "For customer credentials (the token's customer_id): a resale customer's balance is what "
                    + "its partner allocated and it has not spent, with its debt; other customers have no balance "
                    + "kept here (0). A token without customer_id is CBC.91005002.")
    @APIResponse(responseCode = "200", description = "The balances")
    @Extension(name = "x-cbc-errors", value = "CBC.0154,CBC.0151,CBC.91005002")
    public Uni<FundsWire.CustomerOwnBalances> ownBalances() {
        String customerId = caller.customerId()
                .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
        return queries.customerOwnBalances(customerId);
    }

    @GET
    @Path("/account-change-records")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer's income and expense records (Huawei ListCustomerAccountChangeRecords)",
            description = "Resale customers and customers of cloud resellers cannot query their income and expense "
                    + "details: CBC.99000084 (rule 40). Others get an empty list: billing keeps no ledger of a "
                    + "referral customer's own cash.")
    @APIResponse(responseCode = "200", description = "No records")
    @Extension(name = "x-cbc-errors", value = "CBC.0154,CBC.0151,CBC.91005002,CBC.99000084")
    public Uni<FundsWire.CustomerAccountChangeRecords> ownChangeRecords() {
        String customerId = caller.customerId()
                .orElseThrow(() -> new CbcException(CbcError.CUSTOMER_ACCOUNT_NOT_FOUND));
        return queries.requireNotResale(customerId) // rule 40
                .replaceWith(new FundsWire.CustomerAccountChangeRecords(0, FundsWire.CNY, List.of()));
    }
}
