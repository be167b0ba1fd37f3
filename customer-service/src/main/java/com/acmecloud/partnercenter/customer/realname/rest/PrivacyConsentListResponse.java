package com.acmecloud.partnercenter.customer.realname.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PrivacyConsentListResponse")
public record PrivacyConsentListResponse(long totalCount, List<PrivacyConsentResponse> privacyConsents) {
}
