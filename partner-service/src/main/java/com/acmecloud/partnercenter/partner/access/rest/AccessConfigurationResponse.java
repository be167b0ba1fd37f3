package com.acmecloud.partnercenter.partner.access.rest;

import com.acmecloud.partnercenter.partner.access.domain.AccessConfiguration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessConfiguration")
public record AccessConfigurationResponse(
        String partnerId,
        Capabilities capabilities,
        @Schema(description = "Platform id Huawei assigned (null until an operator records it)") String xaccountType,
        @Schema(description = "The bound OBS bucket for real-name attachments, or null") ObsBucket obsBucket,
        @Schema(description = "True when attachment upload is on and a bucket is bound (rule 49); the real-name "
                + "APIs refuse the partner with CBC.99005030 otherwise")
        boolean readyForRealNameApi,
        @Schema(description = "Last change; null if the partner never changed anything") Instant updatedAt) {

    @Schema(name = "AccessCapabilities")
    public record Capabilities(boolean realNameAttachmentUpload) {
    }

    @Schema(name = "ObsBucketBinding")
    public record ObsBucket(String bucketName, String region) {
    }

    static AccessConfigurationResponse of(AccessConfiguration c) {
        return new AccessConfigurationResponse(c.partnerId, new Capabilities(c.realNameAttachmentUpload),
                c.xaccountType, c.bucketBound() ? new ObsBucket(c.obsBucketName, c.obsRegion) : null,
                c.readyForRealNameApi(), c.updatedAt);
    }
}
