package com.acmecloud.partnercenter.partner.repository;

import com.acmecloud.partnercenter.partner.domain.AccessConfiguration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AccessConfigurationRepository implements PanacheRepositoryBase<AccessConfiguration, String> {

    public static final String BUCKET_UNIQUE = "access_configuration_obs_bucket_unique";
    public static final String XACCOUNT_TYPE_UNIQUE = "access_configuration_xaccount_type_unique";

    /** Rule 50: is the bucket bound by a partner other than this one? */
    public boolean bucketBoundByAnother(String bucketName, String partnerId) {
        return count("obsBucketName = ?1 and partnerId <> ?2", bucketName, partnerId) > 0;
    }

    public boolean xaccountTypeAssignedToAnother(String xaccountType, String partnerId) {
        return count("xaccountType = ?1 and partnerId <> ?2", xaccountType, partnerId) > 0;
    }
}
