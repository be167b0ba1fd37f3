package com.acmecloud.partnercenter.platform.security.identity;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The one tenant guard of the suite: any operation whose path has a {@code {partner_id}} parameter is
 * refused with CBC.0150 unless the caller is an operator or the token names that same partner. Services
 * additionally scope their queries by {@link Caller#requirePartnerId()}.
 */
public class PartnerScopeFilter {

    public static final String PATH_PARAMETER = "partner_id";

    private final CurrentIdentityAssociation identities;

    PartnerScopeFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireOwnPartner(ContainerRequestContext request) {
        String pathPartner = request.getUriInfo().getPathParameters().getFirst(PATH_PARAMETER);
        if (pathPartner == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || identity.hasRole(Roles.OPERATOR)) {
                return null; // anonymous callers are refused by the role check with CBC.0154
            }
            Optional<String> own = Caller.partnerIdOf(identity);
            if (own.isEmpty() || !own.get().equals(pathPartner)) {
                throw new CbcException(CbcError.OBJECT_ACCESS_DENIED);
            }
            return null;
        });
    }
}
