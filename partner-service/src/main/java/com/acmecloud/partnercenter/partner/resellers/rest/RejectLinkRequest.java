package com.acmecloud.partnercenter.partner.resellers.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectLinkRequest", description = "The body is optional.")
public record RejectLinkRequest(
        @Size(max = 500) @Schema(description = "Why the reseller declines (shown to the distributor)", maxLength = 500)
        String reason) {
}
