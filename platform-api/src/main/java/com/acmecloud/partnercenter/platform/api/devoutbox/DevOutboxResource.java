package com.acmecloud.partnercenter.platform.api.devoutbox;

import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox.Message;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Dev only: the messages the dev-outbox deliveries kept, so that the local stack can read SMS codes and invitation
 * links without a log. A 404 ({@code CBC.91000001}) unless {@code partnercenter.dev-outbox.enabled} is true, which
 * it never is in production.
 */
@Path("/dev/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class DevOutboxResource {

    /** The messages, oldest first. */
    public record DevOutboxResponse(List<Message> messages) {
    }

    private final DevOutbox outbox;

    DevOutboxResource(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Uni<DevOutboxResponse> messages(@QueryParam("to") String to) {
        if (!outbox.enabled()) {
            return Uni.createFrom().failure(new CbcException(CbcError.RESOURCE_NOT_FOUND));
        }
        return Uni.createFrom().item(
                new DevOutboxResponse(to == null || to.isBlank() ? outbox.all() : outbox.to(to.trim())));
    }
}
