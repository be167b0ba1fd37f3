package com.acmecloud.partnercenter.partner.access.service;

import com.acmecloud.partnercenter.partner.access.config.AccessConfigurationConfig;
import com.acmecloud.partnercenter.partner.access.domain.AccessConfiguration;
import com.acmecloud.partnercenter.partner.access.domain.ObsBucketRules;
import com.acmecloud.partnercenter.partner.access.events.AccessConfigurationEventPublisher;
import com.acmecloud.partnercenter.partner.access.repository.AccessConfigurationRepository;
import com.acmecloud.partnercenter.partner.core.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import com.acmecloud.partnercenter.platform.api.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Access configuration (rules 49 and 50): the partner switches capabilities on and off and binds its OBS bucket;
 * an operator assigns the {@code xaccount_type}. Every real change publishes {@code access_configuration.changed.v1}
 * with the full resulting state; a request that changes nothing publishes nothing.
 */
@ApplicationScoped
public class AccessConfigurationService {

    private final PartnerRepository partners;
    private final AccessConfigurationRepository configurations;
    private final AccessConfigurationEventPublisher events;
    private final AccessConfigurationConfig config;
    private final Clock clock;

    AccessConfigurationService(PartnerRepository partners, AccessConfigurationRepository configurations,
                               AccessConfigurationEventPublisher events, AccessConfigurationConfig config,
                               Clock clock) {
        this.partners = partners;
        this.configurations = configurations;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<AccessConfiguration> get(String partnerId) {
        return partners.findById(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> configurations.findById(partnerId))
                .map(found -> found == null ? AccessConfiguration.initial(partnerId) : found);
    }

    /**
     * Switching attachment upload on without a bound bucket is allowed (the two steps may come in any order);
     * the state then says {@code ready_for_real_name_api: false} until the bucket is bound.
     */
    @WithTransaction
    public Uni<AccessConfiguration> setCapabilities(String partnerId, boolean realNameAttachmentUpload) {
        return change(partnerId, c -> {
            boolean changed = c.realNameAttachmentUpload != realNameAttachmentUpload;
            c.realNameAttachmentUpload = realNameAttachmentUpload;
            return Uni.createFrom().item(changed);
        });
    }

    /** Operators record the platform id Huawei assigned; it is unique across partners. */
    @WithTransaction
    public Uni<AccessConfiguration> assignXaccountType(String partnerId, String xaccountType) {
        return change(partnerId, c -> configurations.xaccountTypeAssignedToAnother(xaccountType, partnerId)
                .map(taken -> {
                    if (taken) {
                        throw xaccountTypeTaken();
                    }
                    boolean changed = !xaccountType.equals(c.xaccountType);
                    c.xaccountType = xaccountType;
                    return changed;
                }));
    }

    /** Rule 50: OBS naming rules, China-site regions only, and no bucket shared between partners. */
    @WithTransaction
    public Uni<AccessConfiguration> bindBucket(String partnerId, String bucketName, String region) {
        ObsBucketRules.nameViolation(bucketName).ifPresent(reason -> {
            throw new CbcException(CbcError.OBS_BUCKET_NAME_INVALID, CbcError.OBS_BUCKET_NAME_INVALID.message(),
                    List.of(ErrorDetail.of("bucket_name", CbcError.OBS_BUCKET_NAME_INVALID, reason)));
        });
        List<String> regions = config.chinaSiteRegions();
        if (!ObsBucketRules.isChinaSiteRegion(region, regions)) {
            throw new CbcException(CbcError.OBS_REGION_NOT_CHINA_SITE, CbcError.OBS_REGION_NOT_CHINA_SITE.message(),
                    List.of(ErrorDetail.of("region", CbcError.OBS_REGION_NOT_CHINA_SITE,
                            "must be one of " + regions)));
        }
        return change(partnerId, c -> configurations.bucketBoundByAnother(bucketName, partnerId)
                .map(taken -> {
                    if (taken) {
                        throw bucketTaken();
                    }
                    boolean changed = !bucketName.equals(c.obsBucketName) || !region.equals(c.obsRegion);
                    c.obsBucketName = bucketName;
                    c.obsRegion = region;
                    return changed;
                }));
    }

    /** Unbinding is idempotent: with nothing bound it changes (and publishes) nothing. */
    @WithTransaction
    public Uni<AccessConfiguration> unbindBucket(String partnerId) {
        return change(partnerId, c -> {
            boolean changed = c.obsBucketName != null;
            c.obsBucketName = null;
            c.obsRegion = null;
            return Uni.createFrom().item(changed);
        });
    }

    /** @param mutation changes the configuration and tells whether anything changed */
    private Uni<AccessConfiguration> change(String partnerId,
                                            Function<AccessConfiguration, Uni<Boolean>> mutation) {
        return partners.lock(partnerId)
                .onItem().ifNull().failWith(() -> new CbcException(CbcError.PARTNER_NOT_FOUND))
                .chain(() -> configurations.findById(partnerId))
                .chain(found -> {
                    boolean created = found == null;
                    AccessConfiguration configuration = created ? AccessConfiguration.initial(partnerId) : found;
                    return mutation.apply(configuration).chain(changed -> {
                        if (!changed) {
                            return Uni.createFrom().item(configuration);
                        }
                        configuration.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                        Uni<AccessConfiguration> stored = created
                                ? configurations.persist(configuration) : Uni.createFrom().item(configuration);
                        return stored.call(this::flushGuardingUniqueness)
                                .call(events::accessConfigurationChanged);
                    });
                });
    }

    /** Two partners racing for one bucket (or xaccount_type) both pass the check; the unique constraint decides. */
    private Uni<Void> flushGuardingUniqueness() {
        return configurations.flush()
                .onFailure(e -> ConstraintViolations.constraintOf(e).isPresent())
                .transform(e -> {
                    if (ConstraintViolations.violates(e, AccessConfigurationRepository.BUCKET_UNIQUE)) {
                        return bucketTaken();
                    }
                    if (ConstraintViolations.violates(e, AccessConfigurationRepository.XACCOUNT_TYPE_UNIQUE)) {
                        return xaccountTypeTaken();
                    }
                    return e;
                });
    }

    private static CbcException bucketTaken() {
        return new CbcException(CbcError.OBS_BUCKET_BOUND_TO_ANOTHER_PARTNER);
    }

    private static CbcException xaccountTypeTaken() {
        return new CbcException(CbcError.XACCOUNT_TYPE_TAKEN);
    }
}
