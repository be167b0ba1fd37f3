package com.acmecloud.partnercenter.customer.partners.service;

import com.acmecloud.partnercenter.customer.partners.config.RegisteredPartnersConfig;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.security.identity.RegisteredPartnerCheck;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Whom customer-service serves as a partner: only a partner whose registration {@code partner.events} has told it
 * about ({@code partner.registered.v1} projected, {@code registered} true). Anyone else — a partner id partner-service
 * never registered, or one whose registration event has not arrived yet — is refused with CBC.5001 (retryable).
 * Restricted and exited partners are known: what they may not do (rule 24) is decided where it applies, from the
 * projection as it is at that moment. The gate in front of every partner operation is platform-security's
 * {@code RegisteredPartnerFilter}, which calls this.
 *
 * <p>Every partner request passes here, so a partner seen registered is remembered for
 * {@link RegisteredPartnersConfig#cacheTtl()} (10 minutes by default) instead of being read again: no event takes a
 * registration back, so the memory never lets through a partner the projection would refuse; the bound only matters
 * for a projection row deleted by hand. Refusals are not remembered: a registration that arrives is served on the
 * next request.
 */
@ApplicationScoped
public class RegisteredPartners implements RegisteredPartnerCheck {

    private static final Object REGISTERED = Boolean.TRUE;

    private final PartnerProjectionRepository partners;
    private final Cache<String, Object> registered;

    RegisteredPartners(PartnerProjectionRepository partners, RegisteredPartnersConfig config, Clock clock) {
        this.partners = partners;
        this.registered = Caffeine.newBuilder()
                .maximumSize(config.cacheSize())
                .expireAfterWrite(config.cacheTtl())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** Fails with CBC.5001 unless the partner's registration has been projected. */
    @Override
    public Uni<Void> requireRegistered(String partnerId) {
        if (registered.getIfPresent(partnerId) != null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> partners.findById(partnerId)).invoke(row -> {
            if (row == null || !row.registered) {
                throw new CbcException(CbcError.NOT_A_PARTNER);
            }
            registered.put(partnerId, REGISTERED);
        }).replaceWithVoid();
    }
}
