package com.acmecloud.partnercenter.platform.api.errors;

import com.acmecloud.partnercenter.platform.api.web.RequestIds;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the CBC error response; the only place that turns a catalogue entry into HTTP. */
@ApplicationScoped
public class ErrorResponder {

    private final CurrentVertxRequest currentRequest;

    ErrorResponder(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    public Response respond(CbcError error) {
        return respond(error, error.message(), List.of());
    }

    public Response respond(CbcError error, String message, List<ErrorDetail> details) {
        return Response.status(error.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorResponse.of(error, message, requestId(), details))
                .build();
    }

    public String requestId() {
        return RequestIds.of(currentRequest.getCurrent());
    }
}
