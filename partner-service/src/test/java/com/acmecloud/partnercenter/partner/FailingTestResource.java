package com.acmecloud.partnercenter.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, with internals in the exception message. */
@Path("/test-only/failure")
@PermitAll
public class FailingTestResource {

    @GET
    public String fail() {
        throw new IllegalStateException("org.postgresql.util.PSQLException: SELECT secret FROM partner");
    }
}
