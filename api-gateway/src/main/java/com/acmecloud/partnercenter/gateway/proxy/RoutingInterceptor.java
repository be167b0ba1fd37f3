package com.acmecloud.partnercenter.gateway.proxy;

import com.acmecloud.partnercenter.gateway.routing.RouteTable;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The only decision of ours in the proxy: which service a request goes to. Unknown paths, unreachable services (503)
 * and services silent for longer than the response timeout (504) are answered here with the suite's CBC error body; everything else (method, path, query, headers, the streamed
 * body, the response) is Vert.x's reverse proxy.
 */
final class RoutingInterceptor implements ProxyInterceptor {

    static final String ORIGIN = "partnercenter.origin";
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Logger LOG = Logger.getLogger(RoutingInterceptor.class);

    private final RouteTable table;
    private final Map<String, SocketAddress> origins;
    private final int retryAfterSeconds;

    RoutingInterceptor(RouteTable table, Map<String, SocketAddress> origins, int retryAfterSeconds) {
        this.table = table;
        this.origins = origins;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String requestId = requestId(request.headers());
        Optional<String> owner = table.ownerOf(incoming.path());
        if (owner.isEmpty()) {
            return Future.succeededFuture(answer(request, 404, CbcErrorBodies.notFound(requestId), requestId));
        }
        context.set(ORIGIN, origins.get(owner.get()));
        addForwardedHeaders(request.headers(), incoming);
        return context.sendRequest().recover(failure -> {
            if (failure instanceof TimeoutException) {
                LOG.warnf("%s did not answer request %s %s in time: answering 504", owner.get(), incoming.method(),
                        requestId);
                ProxyResponse response = answer(request, 504, CbcErrorBodies.timedOut(requestId), requestId);
                response.putHeader("Retry-After", Integer.toString(retryAfterSeconds));
                return Future.succeededFuture(response);
            }
            LOG.warnf("%s unreachable for request %s %s (%s): answering 503", owner.get(), incoming.method(),
                    requestId, failure.toString());
            ProxyResponse response = answer(request, 503, CbcErrorBodies.unavailable(requestId), requestId);
            response.putHeader("Retry-After", Integer.toString(retryAfterSeconds));
            return Future.succeededFuture(response);
        });
    }

    /** The caller's X-Request-Id when it has a sane one (then it passes on unchanged), else a new one for both hops. */
    private static String requestId(MultiMap headers) {
        String offered = headers.get(REQUEST_ID);
        if (offered != null && SANE_REQUEST_ID.matcher(offered).matches()) {
            return offered;
        }
        String id = UUID.randomUUID().toString();
        if (offered == null) {
            headers.set(REQUEST_ID, id);
        }
        return id;
    }

    /**
     * X-Forwarded-For gets the caller's address appended; Proto, Host and Port are set unless a proxy in front of
     * us (the Ingress) already did.
     */
    private static void addForwardedHeaders(MultiMap headers, HttpServerRequest incoming) {
        SocketAddress remote = incoming.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            String prior = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", prior == null ? remote.hostAddress() : prior + ", " + remote.hostAddress());
        }
        if (!headers.contains("X-Forwarded-Proto")) {
            headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        }
        if (incoming.authority() != null) {
            if (!headers.contains("X-Forwarded-Host")) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            if (!headers.contains("X-Forwarded-Port") && incoming.authority().port() > 0) {
                headers.set("X-Forwarded-Port", Integer.toString(incoming.authority().port()));
            }
        }
    }

    private static ProxyResponse answer(ProxyRequest request, int status, Buffer body, String requestId) {
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .setBody(Body.body(body));
        response.putHeader("Content-Type", "application/json");
        response.putHeader(REQUEST_ID, requestId);
        return response;
    }
}
