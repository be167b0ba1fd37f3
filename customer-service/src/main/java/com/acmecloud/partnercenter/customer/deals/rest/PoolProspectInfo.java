package com.acmecloud.partnercenter.customer.deals.rest;

import com.acmecloud.partnercenter.customer.deals.domain.PoolProspect;
import com.acmecloud.partnercenter.customer.deals.domain.ProspectContacts;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prospect in the public pool, as any partner sees it: the contact masked. */
@Schema(name = "PoolProspectInfo")
public record PoolProspectInfo(
        String prospectId,
        @Schema(description = "Masked, e.g. 138****1234", examples = "138****1234") String mobilePhone,
        @Schema(description = "Masked, e.g. l***@example.com", examples = "l***@example.com") String email,
        String companyName,
        Instant releasedAt) {

    static PoolProspectInfo of(PoolProspect prospect) {
        return new PoolProspectInfo(prospect.prospectId.toString(), ProspectContacts.maskMobile(prospect.mobilePhone),
                ProspectContacts.maskEmail(prospect.email), prospect.companyName, prospect.releasedAt);
    }
}
