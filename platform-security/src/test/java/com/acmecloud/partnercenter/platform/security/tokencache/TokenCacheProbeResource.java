package com.acmecloud.partnercenter.platform.security.tokencache;

import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Shows what the rest of the code reads from the caller's identity ({@link Caller}, {@code @Inject JsonWebToken}, the
 * identity's roles, credential and attributes) and which request the identity's routing context belongs to.
 */
@Path("/token-cache-probe")
public class TokenCacheProbeResource {

    static final String PROBE_HEADER = "X-Probe";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    Caller caller;

    @GET
    @Path("/caller")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.MEMBER, Roles.CUSTOMER})
    public Map<String, Object> caller(@HeaderParam("Authorization") String authorization) {
        String presented = authorization.substring("Bearer ".length());
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("name", caller.name());
        seen.put("subject", caller.subject());
        seen.put("partner_id", caller.partnerId().orElse(null));
        seen.put("operator", caller.isOperator());
        seen.put("roles", new TreeSet<>(identity.getRoles()));
        seen.put("jwt_partner_id", String.valueOf(jwt.<Object>getClaim("partner_id")));
        seen.put("jwt_claims", new TreeSet<>(jwt.getClaimNames()));
        seen.put("jwt_groups", new TreeSet<>(jwt.getGroups()));
        seen.put("jwt_expires", jwt.getExpirationTime());
        seen.put("jwt_is_presented_token", presented.equals(jwt.getRawToken()));
        seen.put("credential_is_presented_token",
                presented.equals(identity.getCredential(AccessTokenCredential.class).getToken()));
        seen.put("credentials", identity.getCredentials().size());
        seen.put("attributes", new TreeSet<>(identity.getAttributes().keySet()));
        seen.put("tenant", identity.getAttribute("tenant-id"));
        seen.put("expire_time", identity.getAttribute("quarkus.identity.expire-time"));
        seen.put("blocking_context", identity.getAttribute(AuthenticationRequestContext.class.getName()) != null);
        RoutingContext routing = identity.getAttribute(RoutingContext.class.getName());
        seen.put("probe", routing == null ? null : routing.request().getHeader(PROBE_HEADER));
        return seen;
    }

    @GET
    @Path("/partners/{partner_id}")
    @RolesAllowed(Roles.PARTNER)
    public String partner(@PathParam("partner_id") String partnerId) {
        return caller.requirePartnerId();
    }
}
