package com.acmecloud.partnercenter.partner.access.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BindObsBucketRequest", description = "The partner's own China-site OBS bucket for real-name attachments "
        + "(files under download/). No two partners may bind the same bucket.")
public record BindObsBucketRequest(
        @NotBlank @Size(max = 63)
        @Schema(description = "OBS bucket name: 3 to 63 lower-case letters, digits, hyphens or periods, starting and "
                + "ending with a letter or digit", examples = "acme-realname-attachments")
        String bucketName,
        @NotBlank @Size(max = 32)
        @Schema(description = "China-site region of the bucket", examples = "cn-north-4")
        String region) {
}
