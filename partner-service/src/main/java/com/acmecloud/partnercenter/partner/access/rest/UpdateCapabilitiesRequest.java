package com.acmecloud.partnercenter.partner.access.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateCapabilitiesRequest", description = "Capabilities the partner switches on or off.")
public record UpdateCapabilitiesRequest(
        @NotNull @Schema(description = "实名认证附件上传: lets the partner call the real-name APIs with attachments "
                + "from its bound OBS bucket", examples = "true")
        Boolean realNameAttachmentUpload) {
}
