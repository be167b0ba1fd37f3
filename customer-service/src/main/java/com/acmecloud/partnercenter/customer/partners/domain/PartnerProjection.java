package com.acmecloud.partnercenter.customer.partners.domain;

import com.acmecloud.partnercenter.platform.events.partners.PartnerProjectionBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * What customer-service knows of a partner, kept from {@code partner.events} only (never from partner-service's
 * database): the common projection, and the access configuration sub-customer creation reads. A partner no event
 * has named yet is treated as {@link #unknown(String) ACTIVE with no programs}.
 */
@Entity
@Table(name = "partner_projection")
public class PartnerProjection extends PartnerProjectionBase {

    @Column(name = "real_name_attachment_upload", nullable = false)
    public boolean realNameAttachmentUpload;

    @Column(name = "xaccount_type")
    public String xaccountType;

    @Column(name = "obs_bucket_name")
    public String obsBucketName;

    @Column(name = "obs_region")
    public String obsRegion;

    public static PartnerProjection unknown(String partnerId) {
        PartnerProjection projection = new PartnerProjection();
        projection.partnerId = partnerId;
        return projection;
    }
}
