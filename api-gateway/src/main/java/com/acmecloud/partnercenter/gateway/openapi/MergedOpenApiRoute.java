package com.acmecloud.partnercenter.gateway.openapi;

import com.acmecloud.partnercenter.gateway.routing.GatewayConfig;
import com.acmecloud.partnercenter.gateway.routing.OpenApiDocuments;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Serves the merged OpenAPI document of the whole API at {@value #PATH} (public, like each service's /q/openapi). */
@ApplicationScoped
public class MergedOpenApiRoute {

    public static final String PATH = "/openapi.json";

    void install(@Observes Router router, GatewayConfig config,
                 @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0") String version) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (String service : new TreeSet<>(config.origins().keySet())) {
            documents.put(service, OpenApiDocuments.textFromClasspath(service));
        }
        String merged = MergedOpenApi.merge(documents, version).encodePrettily();
        router.get(PATH).handler(rc -> rc.response().putHeader("Content-Type", "application/json").end(merged));
    }
}
