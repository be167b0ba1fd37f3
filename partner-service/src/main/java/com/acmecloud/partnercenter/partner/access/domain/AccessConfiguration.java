package com.acmecloud.partnercenter.partner.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A partner's access configuration (支持 > 能力开放 > 接入配置): switched-on capabilities, the platform id
 * Huawei assigned ({@code xaccount_type}) and the OBS bucket bound for real-name attachments.
 */
@Entity
@Table(name = "access_configuration")
public class AccessConfiguration {

    @Id
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "real_name_attachment_upload", nullable = false)
    public boolean realNameAttachmentUpload;

    @Column(name = "xaccount_type")
    public String xaccountType;

    @Column(name = "obs_bucket_name")
    public String obsBucketName;

    @Column(name = "obs_region")
    public String obsRegion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The configuration of a partner that never changed anything: everything off, nothing bound. */
    public static AccessConfiguration initial(String partnerId) {
        AccessConfiguration configuration = new AccessConfiguration();
        configuration.partnerId = partnerId;
        return configuration;
    }

    public boolean bucketBound() {
        return obsBucketName != null;
    }

    /**
     * Rule 49: the real-name APIs accept the partner only when attachment upload is switched on <em>and</em> a
     * bucket is bound; either alone is allowed but not enough (customer-service answers CBC.99005030).
     */
    public boolean readyForRealNameApi() {
        return realNameAttachmentUpload && bucketBound();
    }
}
