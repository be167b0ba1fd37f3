package com.acmecloud.partnercenter.gateway.health;

import com.acmecloud.partnercenter.gateway.routing.RouteTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the gateway can route: its table was built from the services' documents. Whether the services are up
 * is theirs to report; a request to one that is down gets 503 with Retry-After.
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

    @Inject
    RouteTable table;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("routing")
                .status(table.size() > 0)
                .withData("path_templates", table.size())
                .build();
    }
}
