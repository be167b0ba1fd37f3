package com.acmecloud.partnercenter.billing.coupons.rest;

import static com.acmecloud.partnercenter.billing.coupons.rest.WireParams.id;

import com.acmecloud.partnercenter.billing.coupons.rest.Responses.IssuedQuotaInfo;
import com.acmecloud.partnercenter.billing.coupons.rest.Responses.IssuedQuotasResponse;
import com.acmecloud.partnercenter.billing.coupons.service.CouponQueries;
import com.acmecloud.partnercenter.platform.api.paging.PageRequest;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v2/partners/issued-coupon-quotas}: the quotas a distributor gave to its resellers. */
@Path("/v2/partners/issued-coupon-quotas")
@Tag(name = "Coupon quotas")
@Produces(MediaType.APPLICATION_JSON)
public class IssuedCouponQuotaResource {

    private final CouponQueries queries;
    private final Caller caller;

    IssuedCouponQuotaResource(CouponQueries queries, Caller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Quotas the distributor gave to its resellers",
            description = "Filters quota_id, indirect_partner_id, parent_quota_id; newest first; offset/limit.")
    @APIResponse(responseCode = "200", description = "One page of reseller quotas")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91001003,CBC.5001")
    public Uni<IssuedQuotasResponse> list(@QueryParam("quota_id") String quotaId,
                                          @QueryParam("indirect_partner_id") String indirectPartnerId,
                                          @QueryParam("parent_quota_id") String parentQuotaId,
                                          @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        String partnerId = caller.requirePartnerId();
        PageRequest page = PageRequest.parse(offset, limit);
        return queries.issuedQuotas(partnerId, id("quota_id", quotaId), id("indirect_partner_id", indirectPartnerId),
                        id("parent_quota_id", parentQuotaId), page)
                .map(found -> new IssuedQuotasResponse(found.totalCount(),
                        found.items().stream().map(IssuedQuotaInfo::of).toList()));
    }
}
