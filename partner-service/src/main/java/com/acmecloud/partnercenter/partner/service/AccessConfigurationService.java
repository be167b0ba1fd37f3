package com.acmecloud.partnercenter.partner.service;

import com.acmecloud.partnercenter.partner.config.AccessConfigurationConfig;
import com.acmecloud.partnercenter.partner.domain.AccessConfiguration;
import com.acmecloud.partnercenter.partner.domain.ObsBucketRules;
import com.acmecloud.partnercenter.partner.events.AccessBusinessEventPublisher;
import com.acmecloud.partnercenter.partner.repository.AccessConfigurationRepository;
import com.acmecloud.partnercenter.partner.repository.PartnerRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Access configuration (rules 49 and 50): the partner switches capabilities on and off and binds its OBS bucket;
 * an operator assigns the {@code xaccount_type}. Every real change publishes {@code access_configuration.changed.v1}
 * with the full resulting state; a request that changes nothing publishes nothing.
 */
@ApplicationScoped
public class AccessConfigurationService {

    private final PartnerRepository partners;
    private final AccessConfigurationRepository configurations;
    private final AccessBusinessEventPublisher events;
    private final AccessConfigurationConfig config;
    private final Clock clock;

    AccessConfigurationService(PartnerRepository partners, AccessConfigurationRepository configurations,
                               AccessBusinessEventPublisher events, AccessConfigurationConfig config, Clock clock) {
        this.partners = partners;
        this.configurations = configurations;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public AccessConfiguration get(String partnerId) {
        if (partners.findByIdOptional(partnerId).isEmpty()) {
            throw new CbcException(CbcError.PARTNER_NOT_FOUND);
        }
        return configurations.findByIdOptional(partnerId).orElseGet(() -> AccessConfiguration.initial(partnerId));
    }

    /**
     * Switching attachment upload on without a bound bucket is allowed (the two steps may come in any order);
     * the state then says {@code ready_for_real_name_api: false} until the bucket is bound.
     */
    @Transactional
    public AccessConfiguration setCapabilities(String partnerId, boolean realNameAttachmentUpload) {
        return change(partnerId, c -> {
            boolean changed = c.realNameAttachmentUpload != realNameAttachmentUpload;
            c.realNameAttachmentUpload = realNameAttachmentUpload;
            return changed;
        });
    }

    /** Operators record the platform id Huawei assigned; it is unique across partners. */
    @Transactional
    public AccessConfiguration assignXaccountType(String partnerId, String xaccountType) {
        return change(partnerId, c -> {
            if (configurations.xaccountTypeAssignedToAnother(xaccountType, partnerId)) {
                throw xaccountTypeTaken();
            }
            boolean changed = !xaccountType.equals(c.xaccountType);
            c.xaccountType = xaccountType;
            return changed;
        });
    }

    /** Rule 50: OBS naming rules, China-site regions only, and no bucket shared between partners. */
    @Transactional
    public AccessConfiguration bindBucket(String partnerId, String bucketName, String region) {
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
        return change(partnerId, c -> {
            if (configurations.bucketBoundByAnother(bucketName, partnerId)) {
                throw bucketTaken();
            }
            boolean changed = !bucketName.equals(c.obsBucketName) || !region.equals(c.obsRegion);
            c.obsBucketName = bucketName;
            c.obsRegion = region;
            return changed;
        });
    }

    /** Unbinding is idempotent: with nothing bound it changes (and publishes) nothing. */
    @Transactional
    public AccessConfiguration unbindBucket(String partnerId) {
        return change(partnerId, c -> {
            boolean changed = c.obsBucketName != null;
            c.obsBucketName = null;
            c.obsRegion = null;
            return changed;
        });
    }

    private AccessConfiguration change(String partnerId, Predicate<AccessConfiguration> mutation) {
        partners.lock(partnerId).orElseThrow(() -> new CbcException(CbcError.PARTNER_NOT_FOUND));
        AccessConfiguration configuration = configurations.findByIdOptional(partnerId).orElse(null);
        boolean created = configuration == null;
        if (created) {
            configuration = AccessConfiguration.initial(partnerId);
        }
        if (!mutation.test(configuration)) {
            return configuration;
        }
        configuration.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (created) {
            configurations.persist(configuration);
        }
        flushGuardingUniqueness();
        events.accessConfigurationChanged(configuration);
        return configuration;
    }

    /** Two partners racing for one bucket (or xaccount_type) both pass the check; the unique constraint decides. */
    private void flushGuardingUniqueness() {
        try {
            configurations.flush();
        } catch (PersistenceException e) {
            String constraint = constraintOf(e);
            if (constraint.contains(AccessConfigurationRepository.BUCKET_UNIQUE)) {
                throw bucketTaken();
            }
            if (constraint.contains(AccessConfigurationRepository.XACCOUNT_TYPE_UNIQUE)) {
                throw xaccountTypeTaken();
            }
            throw e;
        }
    }

    private static String constraintOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return Objects.toString(violation.getConstraintName(), "").toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static CbcException bucketTaken() {
        return new CbcException(CbcError.OBS_BUCKET_BOUND_TO_ANOTHER_PARTNER);
    }

    private static CbcException xaccountTypeTaken() {
        return new CbcException(CbcError.XACCOUNT_TYPE_TAKEN);
    }
}
