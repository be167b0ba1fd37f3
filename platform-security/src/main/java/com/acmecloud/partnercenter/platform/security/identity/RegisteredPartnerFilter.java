package com.acmecloud.partnercenter.platform.security.identity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;

/**
 * The one gate in front of every operation a partner calls, in each service that implements
 * {@link RegisteredPartnerCheck}: any resource method that allows the {@code partner} role serves a partner caller
 * only once the service knows its registration (CBC.5001 otherwise). New partner operations are covered without
 * copying a check. Callers without the partner role, or whose token names no partner, pass through to the role
 * check (CBC.0151) and the resource (CBC.91001003). Services without a {@link RegisteredPartnerCheck} bean are not
 * gated.
 */
public class RegisteredPartnerFilter {

    private final CurrentIdentityAssociation identities;
    private final Instance<RegisteredPartnerCheck> partners;

    RegisteredPartnerFilter(CurrentIdentityAssociation identities, Instance<RegisteredPartnerCheck> partners) {
        this.identities = identities;
        this.partners = partners;
    }

    @ServerRequestFilter
    public Uni<Void> requireRegisteredPartner(ResourceInfo resource) {
        if (!partners.isResolvable() || !actsForPartners(resource)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().chain(identity -> {
            String partnerId = partnerIdOf(identity);
            return partnerId == null ? Uni.createFrom().voidItem() : partners.get().requireRegistered(partnerId);
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
        if (identity.isAnonymous() || !identity.hasRole(Roles.PARTNER)) {
            return null;
        }
        return Caller.partnerIdOf(identity).orElse(null);
    }
}
