package com.acmecloud.partnercenter.platform.security.ratelimit;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Two APIs for RateLimitTest: one with the default limit, one with a limit of its own (application.properties). */
@Path("/rate-limited")
public class RateLimitedResource {

    @GET
    @Path("/default")
    public Uni<String> byDefault() {
        return Uni.createFrom().item("ok");
    }

    @GET
    @Path("/strict")
    public Uni<String> strict() {
        return Uni.createFrom().item("ok");
    }
}
