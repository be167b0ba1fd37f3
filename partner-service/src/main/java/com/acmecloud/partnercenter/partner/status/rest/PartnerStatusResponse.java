package com.acmecloud.partnercenter.partner.status.rest;

import com.acmecloud.partnercenter.partner.core.domain.Partner;
import com.acmecloud.partnercenter.partner.core.domain.PartnerStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerStatus")
public record PartnerStatusResponse(String partnerId, PartnerStatus status, String reason, Instant changedAt,
                                    String changedBy) {

    static PartnerStatusResponse of(Partner partner) {
        return new PartnerStatusResponse(partner.partnerId, partner.status, partner.statusReason,
                partner.statusChangedAt, partner.statusChangedBy);
    }
}
