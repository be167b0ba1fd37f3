package com.acmecloud.partnercenter.billing.consumption.rest;

import com.acmecloud.partnercenter.billing.consumption.service.ConsumptionIngestService;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.server.Cancellable;

/** The rating system's bulk ingest of rated consumption (our own path, Huawei style; role operator). */
@Path("/v2/bills/ratings/consumption-records")
@Tag(name = "Consumption", description = "Rated consumption from the cloud's rating system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// a change whose caller hung up is completed, not rolled back halfway: its retry replays the first answer
@Cancellable(false)
public class ConsumptionIngestResource {

    private final ConsumptionIngestService ingest;
    private final Caller caller;

    ConsumptionIngestResource(ConsumptionIngestService ingest, Caller caller) {
        this.ingest = ingest;
        this.caller = caller;
    }

    @POST
    @Path("/batch")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Ingest rated consumption records in bulk",
            description = "Idempotent by record_id: a re-sent record is listed in duplicate_record_ids and changes "
                    + "nothing. Each record succeeds or fails on its own: HTTP 200 with error_details[{error_code, "
                    + "error_msg, id}] (CBC.0101 a field, CBC.91006202 the amount split, CBC.91006201 a customer "
                    + "billing does not know). Resale customers' new cash spending is charged to their allocated "
                    + "balance (DEDEUCT), unsubscribe cash refunded (REFUND), the rest becomes debt; referral "
                    + "customers are charged nothing. Records of a closed period are stored as late. Publishes "
                    + "billing.consumption_ingested, customer_charged and customer_arrears_changed.")
    @APIResponse(responseCode = "200", description = "Done; error_details lists the records refused")
    @Extension(name = "x-cbc-errors", value = "CBC.0100,CBC.0101,CBC.91006200,CBC.91006201,CBC.91006202")
    public Uni<IngestConsumptionResponse> ingest(@NotNull IngestConsumptionRequest request) {
        return ingest.ingest(request.records(), caller.name()).map(IngestConsumptionResponse::of);
    }
}
