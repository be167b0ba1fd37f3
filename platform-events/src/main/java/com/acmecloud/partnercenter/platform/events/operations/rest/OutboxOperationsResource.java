package com.acmecloud.partnercenter.platform.events.operations.rest;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.web.PathIds;
import com.acmecloud.partnercenter.platform.events.outbox.ParkedOutboxEvents;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service's parked outbox records, for operators: look at them and send them again. */
@Path("/v2/operations/outbox/parked-events")
@Tag(name = "Operations", description = "Operator tools for the event pipeline (outbox, dead letters)")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxOperationsResource {

    static final int MAX_LIMIT = 500;

    public record ParkedEventsResponse(int count, List<ParkedOutboxEvents.Parked> parkedEvents) {
    }

    private final ParkedOutboxEvents parked;

    OutboxOperationsResource(ParkedOutboxEvents parked) {
        this.parked = parked;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List outbox records parked after repeated refusals by the broker",
            description = "Oldest first. held_behind counts the later records of the same key that wait behind the "
                    + "parked one (they never overtake it; other keys are not affected).")
    @Extension(name = "x-cbc-errors", value = "CBC.0101,CBC.0151,CBC.0154")
    public Uni<ParkedEventsResponse> list(@QueryParam("limit") String limit) {
        int size = limit == null || limit.isBlank() ? 100 : parseLimit(limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw new CbcException(CbcError.INVALID_PARAMETER, "limit must be between 1 and " + MAX_LIMIT);
        }
        return parked.list(size).map(rows -> new ParkedEventsResponse(rows.size(), rows));
    }

    /** A limit that is not a whole number is the caller's error (CBC.0101), not an unknown resource. */
    private static int parseLimit(String limit) {
        try {
            return Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @POST
    @Path("/{event_id}/retry")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Send a parked outbox record again",
            description = "The relay sends it next, before the records of its key that waited behind it, which then "
                    + "follow in order. If the broker still refuses it, it is parked again.")
    @APIResponse(responseCode = "204", description = "Released to the relay")
    @Extension(name = "x-cbc-errors", value = "CBC.0151,CBC.0154,CBC.91000001")
    public Uni<Void> retry(@PathParam("event_id") String eventId) {
        UUID id = PathIds.uuid(eventId, CbcError.RESOURCE_NOT_FOUND);
        return parked.retry(id).map(released -> {
            if (!released) {
                throw new CbcException(CbcError.RESOURCE_NOT_FOUND);
            }
            return null;
        });
    }
}
