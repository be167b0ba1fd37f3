package com.acmecloud.partnercenter.platform.api.errors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.acmecloud.partnercenter.platform.api.persistence.DatabaseOutages;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure of a REST call ends here and leaves as a CBC error body. Nothing internal (class names,
 * stack traces, SQL) ever reaches the body; unexpected failures are logged with the request id.
 */
public class CbcExceptionMappers {

    private static final Logger LOG = Logger.getLogger(CbcExceptionMappers.class);

    private final ErrorResponder responder;
    private final OutageConfig outage;

    CbcExceptionMappers(ErrorResponder responder, OutageConfig outage) {
        this.responder = responder;
        this.outage = outage;
    }

    @ServerExceptionMapper
    public Response catalogued(CbcException e) {
        return responder.respond(e.error(), e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return ValidationErrors.toResponse(responder, e.getConstraintViolations());
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e) {
        if (e instanceof ConstraintViolationException violation) {
            return constraintViolation(violation);
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return JsonErrors.toResponse(responder, e);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return JsonErrors.toResponse(responder, e);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e) {
        return JsonErrors.toResponse(responder, e);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return JsonErrors.toResponse(responder, e);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return responder.respond(CbcError.ROLE_ACCESS_DENIED);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return JsonErrors.toResponse(responder, json);
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        CbcError error = switch (status) {
            case 400 -> CbcError.PARAMETER_ERROR;
            case 401 -> CbcError.TOKEN_INVALID;
            case 403 -> CbcError.ROLE_ACCESS_DENIED;
            case 404 -> CbcError.RESOURCE_NOT_FOUND;
            case 405 -> CbcError.METHOD_NOT_ALLOWED;
            case 406 -> CbcError.NOT_ACCEPTABLE;
            case 413 -> CbcError.PAYLOAD_TOO_LARGE;
            case 415 -> CbcError.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? null : CbcError.PARAMETER_ERROR;
        };
        if (error == null) {
            return unexpected(e);
        }
        Response response = responder.respond(error);
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        if (status == 401) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return response;
    }

    /** The client closed the connection while sending its body: nobody reads the answer, and it is not our fault. */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof ClosedChannelException) {
                LOG.debugf("Client closed the connection of request %s while sending its body", responder.requestId());
                return responder.respond(CbcError.PARAMETER_ERROR, "The request body could not be read completely.",
                        List.of());
            }
        }
        return unexpected(e);
    }

    /**
     * A bug is 500 CBC.0999; an unreachable database is 503 CBC.91000006 with {@code Retry-After}, so that an ERP
     * knows the same request may succeed later.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String requestId = responder.requestId();
        if (DatabaseOutages.isOutage(e)) {
            LOG.warnf("Database unreachable for request %s: %s", requestId, e);
            return Response.fromResponse(responder.respond(CbcError.SERVICE_UNAVAILABLE))
                    .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds())
                    .build();
        }
        LOG.errorf(e, "Unexpected failure of request %s", requestId);
        return responder.respond(CbcError.INTERNAL_ERROR,
                CbcError.INTERNAL_ERROR.message() + " Request id: " + requestId, List.of());
    }

    private Response unauthenticated() {
        return Response.fromResponse(responder.respond(CbcError.TOKEN_INVALID))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
