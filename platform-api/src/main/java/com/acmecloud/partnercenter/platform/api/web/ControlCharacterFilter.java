package com.acmecloud.partnercenter.platform.api.web;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.json.ControlCharacters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The query and path parameters of every operation carry no control characters ({@link ControlCharacters}):
 * CBC.0100 with one detail per parameter that does. JSON bodies are checked by the wire format
 * ({@code WireFormatCustomizer}); the one header the services store, {@code Idempotency-Key}, must be printable
 * ASCII ({@code IdempotentRequests}).
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public void rejectControlCharacters(ContainerRequestContext request) {
        TreeSet<String> fields = new TreeSet<>();
        collect(request.getUriInfo().getPathParameters(), fields);
        collect(request.getUriInfo().getQueryParameters(), fields);
        if (!fields.isEmpty()) {
            throw new CbcException(CbcError.PARAMETER_ERROR, CbcError.PARAMETER_ERROR.message(), fields.stream()
                    .map(field -> ErrorDetail.of(field, CbcError.PARAMETER_ERROR, ControlCharacters.REASON))
                    .toList());
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, TreeSet<String> fields) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            boolean forbidden = ControlCharacters.containsForbidden(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::containsForbidden);
            if (forbidden) {
                fields.add(ControlCharacters.containsForbidden(parameter.getKey()) ? "query" : parameter.getKey());
            }
        }
    }
}
