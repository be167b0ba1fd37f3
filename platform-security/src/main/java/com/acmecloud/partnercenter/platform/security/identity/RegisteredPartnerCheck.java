package com.acmecloud.partnercenter.platform.security.identity;

import io.smallrye.mutiny.Uni;

/**
 * Whom a service serves as a partner, for {@link RegisteredPartnerFilter}: a service that keeps a projection of
 * {@code partner.events} implements this as a bean, and every operation open to the partner role is then refused
 * for partners it does not know. A service without an implementation has no gate.
 */
public interface RegisteredPartnerCheck {

    /** Completes if the service knows the partner as registered; fails with CBC.5001 otherwise. */
    Uni<Void> requireRegistered(String partnerId);
}
