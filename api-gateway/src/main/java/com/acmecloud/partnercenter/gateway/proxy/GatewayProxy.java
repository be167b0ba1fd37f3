package com.acmecloud.partnercenter.gateway.proxy;

import com.acmecloud.partnercenter.gateway.openapi.MergedOpenApiRoute;
import com.acmecloud.partnercenter.gateway.routing.GatewayConfig;
import com.acmecloud.partnercenter.gateway.routing.RouteTable;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Puts Vert.x's reverse proxy on every path except the gateway's own: {@code /q/} (health, metrics) and the merged
 * OpenAPI document.
 */
@ApplicationScoped
public class GatewayProxy {

    private static final Logger LOG = Logger.getLogger(GatewayProxy.class);

    void install(@Observes Router router, Vertx vertx, RouteTable table, GatewayConfig config) {
        Map<String, SocketAddress> origins = new HashMap<>();
        config.origins().forEach((service, url) -> {
            URI uri = URI.create(url);
            origins.put(service, SocketAddress.inetSocketAddress(uri.getPort() > 0 ? uri.getPort() : 80, uri.getHost()));
        });
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(64));
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client)
                .origin(context -> context.client().request(
                        new RequestOptions().setServer(context.get(RoutingInterceptor.ORIGIN, SocketAddress.class))
                                .setIdleTimeout(config.responseTimeout().toMillis())))
                .addInterceptor(new RoutingInterceptor(table, origins, config.retryAfterSeconds()));
        router.route().handler(rc -> {
            if (rc.normalizedPath().startsWith("/q/") || rc.normalizedPath().equals(MergedOpenApiRoute.PATH)) {
                rc.next();
            } else {
                proxy.handle(rc.request());
            }
        });
        LOG.infof("Routing %d path templates to %s", table.size(), config.origins());
    }
}
