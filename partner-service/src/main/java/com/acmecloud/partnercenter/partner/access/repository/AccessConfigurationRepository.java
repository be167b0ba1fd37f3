package com.acmecloud.partnercenter.partner.access.repository;

import com.acmecloud.partnercenter.partner.access.domain.AccessConfiguration;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccessConfigurationRepository implements PanacheRepositoryBase<AccessConfiguration, String> {

    public static final String BUCKET_UNIQUE = "access_configuration_obs_bucket_unique";
    public static final String XACCOUNT_TYPE_UNIQUE = "access_configuration_xaccount_type_unique";

    /** Rule 50: is the bucket bound by a partner other than this one? */
    public Uni<Boolean> bucketBoundByAnother(String bucketName, String partnerId) {
        return count("obsBucketName = ?1 and partnerId <> ?2", bucketName, partnerId).map(count -> count > 0);
    }

    public Uni<Boolean> xaccountTypeAssignedToAnother(String xaccountType, String partnerId) {
        return count("xaccountType = ?1 and partnerId <> ?2", xaccountType, partnerId).map(count -> count > 0);
    }
}
