package com.acmecloud.partnercenter.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class RouteTableProducer {

    /** The table of every configured service's documented path templates; a conflict stops the gateway at start. */
    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        Map<String, List<String>> templates = new TreeMap<>();
        for (String service : config.origins().keySet()) {
            templates.put(service, OpenApiDocuments.fromClasspath(service).stream()
                    .map(OpenApiDocuments.Operation::path).distinct().toList());
        }
        return RouteTable.of(templates);
    }
}
