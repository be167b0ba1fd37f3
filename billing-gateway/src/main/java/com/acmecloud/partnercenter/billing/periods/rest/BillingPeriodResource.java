package com.acmecloud.partnercenter.billing.periods.rest;

import com.acmecloud.partnercenter.billing.consumption.domain.BillCycles;
import com.acmecloud.partnercenter.billing.periods.service.PeriodCloseService;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Month close for operators (our own paths): close a past month now, or read a close. */
@Path("/v2/bills/periods/{bill_cycle}")
@Tag(name = "Bill periods", description = "Month close (billing.period_closed)")
@Produces(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class BillingPeriodResource {

    private final PeriodCloseService closing;
    private final Caller caller;

    BillingPeriodResource(PeriodCloseService closing, Caller caller) {
        this.closing = closing;
        this.caller = caller;
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close a past month now",
            description = "bill_cycle YYYY-MM (GMT+8), a month that has ended (else CBC.91006203). Closes it once: "
                    + "the first call publishes billing.period_closed with the totals and answers closed_now true; "
                    + "later calls answer the same close with closed_now false.")
    @APIResponse(responseCode = "200", description = "The close")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91006203")
    public Uni<ClosedPeriodResponse> close(@PathParam("bill_cycle") String billCycle) {
        return closing.close(cycle(billCycle), caller.name())
                .map(outcome -> ClosedPeriodResponse.of(outcome.period(), outcome.closedNow()));
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "A month's close",
            description = "404 CBC.91000001 while the month is open.")
    @APIResponse(responseCode = "200", description = "The close")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.91000001")
    public Uni<ClosedPeriodResponse> show(@PathParam("bill_cycle") String billCycle) {
        return closing.find(cycle(billCycle)).map(period -> {
            if (period == null) {
                throw new CbcException(CbcError.RESOURCE_NOT_FOUND, "The bill period is not closed.");
            }
            return ClosedPeriodResponse.of(period, false);
        });
    }

    private static YearMonth cycle(String text) {
        return BillCycles.parse(text).orElseThrow(
                () -> new CbcException(CbcError.PARAMETER_ERROR, "bill_cycle must be YYYY-MM"));
    }
}
