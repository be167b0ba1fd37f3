package com.acmecloud.partnercenter.billing.bills.rest;

import com.acmecloud.partnercenter.billing.bills.service.BillQueryService;
import com.acmecloud.partnercenter.billing.bills.service.BillQueryService.Query;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The partner's bills of its customers (Huawei paths, role partner; only the caller's own customers). */
@Path("/v2/bills")
@Tag(name = "Bills", description = "Monthly bills and consumption records of the partner's customers")
@Produces(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class SubCustomerBillResource {

    private static final String SCOPE = " Only the caller's customers' records (the partner the customer was "
            + "associated with when the record was ingested); another partner's customer_id finds nothing. A "
            + "distributor passes indirect_partner_id to see its reseller's customers it created.";

    private final BillQueryService bills;
    private final Caller caller;

    SubCustomerBillResource(BillQueryService bills, Caller caller) {
        this.bills = bills;
        this.caller = caller;
    }

    @GET
    @Path("/partner-bills/subcustomer-bills/monthly-sum")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Customers' monthly bill sums",
            description = "cycle YYYY-MM (GMT+8, required); filters customer_id, cloud_service_type, charge_mode "
                    + "1/3/11, bill_type 0 consume/1 unsubscribe/2 write-off; offset, limit (default 10, max 100)."
                    + SCOPE)
    @APIResponse(responseCode = "200", description = "The sums, count and currency")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.5001")
    public Uni<MonthlySumResponse> monthlySum(@QueryParam("cycle") String cycle,
                                              @QueryParam("customer_id") String customerId,
                                              @QueryParam("cloud_service_type") String cloudServiceType,
                                              @QueryParam("charge_mode") String chargeMode,
                                              @QueryParam("bill_type") String billType,
                                              @QueryParam("indirect_partner_id") String indirectPartnerId,
                                              @QueryParam("offset") String offset,
                                              @QueryParam("limit") String limit) {
        return bills.monthlySums(caller.requirePartnerId(), new Query(cycle, customerId, cloudServiceType,
                        chargeMode, billType, null, null, null, indirectPartnerId, null, null, offset, limit))
                .map(MonthlySumResponse::of);
    }

    @GET
    @Path("/subcustomer-bills/res-fee-records")
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Customers' consumption records",
            description = "bill_cycle YYYY-MM (GMT+8, required); filters customer_id, service_type_code, "
                    + "charging_mode 1/3/11, bill_detail_type (1 purchase, 5 on-demand usage, 4 unsubscribe refund, "
                    + "9 write-off adjustment), association_type 1/2, resource_id, region_code, resource_name, trade_id (the record id), bill_date_begin / bill_date_end "
                    + "YYYY-MM-DD (GMT+8) within the cycle; offset, limit (default 10, max 100). X-Language is "
                    + "accepted and changes nothing (names are the codes)." + SCOPE)
    @APIResponse(responseCode = "200", description = "The records, total_count and currency")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.5001")
    public Uni<FeeRecordsResponse> resFeeRecords(@QueryParam("bill_cycle") String billCycle,
                                                 @QueryParam("customer_id") String customerId,
                                                 @QueryParam("service_type_code") String serviceTypeCode,
                                                 @QueryParam("charging_mode") String chargingMode,
                                                 @QueryParam("bill_detail_type") String billDetailType,
                                                 @QueryParam("association_type") String associationType,
                                                 @QueryParam("resource_id") String resourceId,
                                                 @QueryParam("indirect_partner_id") String indirectPartnerId,
                                                 @QueryParam("bill_date_begin") String billDateBegin,
                                                 @QueryParam("bill_date_end") String billDateEnd,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("limit") String limit,
                                                 @QueryParam("region_code") String regionCode,
                                                 @QueryParam("resource_name") String resourceName,
                                                 @QueryParam("trade_id") String tradeId) {
        return bills.feeRecords(caller.requirePartnerId(), new Query(billCycle, customerId, serviceTypeCode,
                        chargingMode, null, billDetailType, associationType, resourceId, indirectPartnerId,
                        billDateBegin, billDateEnd, offset, limit, regionCode, resourceName, tradeId))
                .map(FeeRecordsResponse::of);
    }

    @POST
    @Path("/subcustomer-bills/res-fee-records/sub-customers/query")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Customers with consumption in a cycle",
            description = "Body bill_cycle YYYY-MM (GMT+8, required), offset, limit (default 10, max 100)." + SCOPE)
    @APIResponse(responseCode = "200", description = "The customers and total_count")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.5001")
    public Uni<ConsumeSubCustomersResponse> subCustomers(@Valid ConsumeSubCustomersRequest request) {
        ConsumeSubCustomersRequest body = request == null ? new ConsumeSubCustomersRequest(null, null, null) : request;
        return bills.customersWithConsumption(caller.requirePartnerId(), new Query(body.billCycle(), null, null,
                        null, null, null, null, null, null, null, null, body.offsetText(), body.limitText()))
                .map(ConsumeSubCustomersResponse::of);
    }
}
