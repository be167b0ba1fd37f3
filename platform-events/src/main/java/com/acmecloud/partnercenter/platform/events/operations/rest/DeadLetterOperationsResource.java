package com.acmecloud.partnercenter.platform.events.operations.rest;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.events.deadletters.DeadLetters;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dead letters of this service's consumers, for operators: list them and, once the cause is fixed, replay
 * them to the topic they came from (idempotent: consumers skip events they already applied).
 */
@Path("/v2/operations/dead-letters/{topic}")
@Tag(name = "Operations", description = "Operator tools for the event pipeline (outbox, dead letters)")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterOperationsResource {

    public record DeadLettersResponse(int count, List<DeadLetters.DeadLetter> deadLetters) {
    }

    /** {@code event_ids}: the events to replay; absent or empty replays every CloudEvent of the topic. */
    public record ReplayRequest(@Size(max = 1000) List<String> eventIds) {
    }

    public record ReplayResponse(int replayed, List<String> eventIds, int skipped) {
    }

    private final DeadLetters deadLetters;

    DeadLetterOperationsResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List the dead letters of a topic this service's consumers use (e.g. partner.events.dlq)",
            description = "Oldest first, with the reason the consumer gave up (dead-letter-reason header).")
    @Extension(name = "x-cbc-errors", value = "CBC.0151,CBC.0154,CBC.91000001")
    public Uni<DeadLettersResponse> list(@PathParam("topic") String topic) {
        requireKnown(topic);
        return deadLetters.list(topic).map(letters -> new DeadLettersResponse(letters.size(), letters));
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Re-publish dead letters to the topic they came from",
            description = "Each selected CloudEvent is published again with its key; consumers apply it once (they "
                    + "record the event ids they applied), so a replay may be repeated safely. It lands after the "
                    + "events published since: replay once the cause is fixed, and mind the order for state events.")
    @Extension(name = "x-cbc-errors", value = "CBC.0101,CBC.0151,CBC.0154,CBC.91000001")
    public Uni<ReplayResponse> replay(@PathParam("topic") String topic, @Valid ReplayRequest request) {
        requireKnown(topic);
        Set<String> ids = request == null || request.eventIds() == null ? Set.of()
                : request.eventIds().stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return deadLetters.replay(topic, ids)
                .map(replay -> new ReplayResponse(replay.replayedEventIds().size(), replay.replayedEventIds(),
                        replay.skipped()));
    }

    private void requireKnown(String topic) {
        if (!deadLetters.known(topic)) {
            throw new CbcException(CbcError.RESOURCE_NOT_FOUND);
        }
    }
}
