package com.acmecloud.partnercenter.platform.security.ratelimit;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.ErrorResponder;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rule 64 at the edge of every service: each request takes a token from the bucket of its caller and API. Over
 * the limit the answer is 429 CBC.0250 with {@code Retry-After}; every counted answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the bucket is
 * full). The caller is the partner its token names, else the token's user, else the client address.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimitConfig config;
    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final ErrorResponder responder;

    RateLimitFilter(RateLimitConfig config, RateLimiter limiter, CurrentIdentityAssociation identities,
                    ErrorResponder responder) {
        this.config = config;
        this.limiter = limiter;
        this.identities = identities;
        this.responder = responder;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        String api = resource.getResourceClass().getSimpleName() + '.' + resource.getResourceMethod().getName();
        // the bucket may answer on another request's thread (batching): continue on this request's context
        Context requestContext = Vertx.currentContext();
        return identities.getDeferredIdentity()
                .chain(identity -> limiter.acquire(callerOf(identity, http), api))
                .emitOn(task -> requestContext.runOnContext(ignored -> task.run()))
                .map(decision -> {
                    request.setProperty(DECISION, decision);
                    return decision.allowed() ? null : withHeaders(responder.respond(CbcError.RATE_LIMITED), decision);
                });
    }

    @ServerResponseFilter
    public void addHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            putHeaders(response.getHeaders(), decision);
        }
    }

    private static Response withHeaders(Response refusal, RateLimitDecision decision) {
        putHeaders(refusal.getHeaders(), decision);
        refusal.getHeaders().putSingle("Retry-After", decision.retryAfterSeconds());
        return refusal;
    }

    private static void putHeaders(MultivaluedMap<String, Object> headers, RateLimitDecision decision) {
        headers.putSingle("RateLimit-Limit", decision.limit());
        headers.putSingle("RateLimit-Remaining", decision.remaining());
        headers.putSingle("RateLimit-Reset", decision.resetSeconds());
    }

    private static String callerOf(SecurityIdentity identity, HttpServerRequest http) {
        if (!identity.isAnonymous()) {
            return Caller.partnerIdOf(identity).map(partner -> "partner:" + partner)
                    .orElseGet(() -> "user:" + identity.getPrincipal().getName());
        }
        return "address:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }
}
