package com.acmecloud.partnercenter.customer.partners.rest;

import com.acmecloud.partnercenter.customer.partners.service.RegisteredPartners;
import com.acmecloud.partnercenter.platform.security.identity.Caller;
import com.acmecloud.partnercenter.platform.security.identity.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonString;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

/**
 * The one gate in front of every operation a partner calls: any resource method that allows the {@code partner}
 * role serves a partner caller only once its registration is projected ({@link RegisteredPartners}, CBC.5001
 * otherwise). New partner operations are covered without copying a check. Callers without the partner role, or
 * whose token names no partner, pass through to the role check (CBC.0151) and the resource (CBC.91001003).
 */
public class RegisteredPartnerFilter {

    private final CurrentIdentityAssociation identities;
    private final RegisteredPartners partners;

    RegisteredPartnerFilter(CurrentIdentityAssociation identities, RegisteredPartners partners) {
        this.identities = identities;
        this.partners = partners;
    }

    @ServerRequestFilter
    public Uni<Void> requireRegisteredPartner(ResourceInfo resource) {
        if (!actsForPartners(resource)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            String partnerId = partnerIdOf(identity);
            return partnerId == null ? Uni.createFrom().voidItem() : partners.requireRegistered(partnerId);
        });
    }

    /** Whether the matched resource method (or its class) allows the partner role. */
    private static boolean actsForPartners(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return false;
        }
        Annotation[] methodAnnotations = resource instanceof ResteasyReactiveResourceInfo info
                ? info.getAnnotations() // read once per method by Quarkus REST
                : resource.getResourceMethod() == null ? new Annotation[0] : resource.getResourceMethod().getAnnotations();
        return allowsPartners(methodAnnotations) || allowsPartners(resource.getResourceClass().getAnnotations());
    }

    static boolean allowsPartners(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof RolesAllowed roles && Arrays.asList(roles.value()).contains(Roles.PARTNER)) {
                return true;
            }
        }
        return false;
    }

    /** The partner a partner-role token names, or null (anonymous, another role, or no claim). */
    private static String partnerIdOf(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object claim = token.getClaim(Caller.PARTNER_ID_CLAIM);
        if (claim == null) {
            return null;
        }
        String value = (claim instanceof JsonString text ? text.getString() : claim.toString()).trim();
        return value.isEmpty() ? null : value;
    }
}
