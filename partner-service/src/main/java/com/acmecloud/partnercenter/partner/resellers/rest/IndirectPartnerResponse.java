package com.acmecloud.partnercenter.partner.resellers.rest;

import com.acmecloud.partnercenter.partner.resellers.domain.LinkedPartner;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Huawei's {@code indirect_partners[]} item. */
@Schema(name = "IndirectPartner", description = "A cloud reseller (tier 2) linked to the distributor.")
public record IndirectPartnerResponse(
        String indirectPartnerId,
        @Schema(description = "The reseller's company name") String name,
        @Schema(description = "The reseller's account name: its xaccount_id (its id on its own platform)")
        String accountName,
        @Schema(description = "The reseller's contact phone") String mobilePhone,
        @Schema(description = "The reseller's contact e-mail") String email,
        @Schema(description = "When the distributor linked the reseller") Instant associatedOn,
        @Schema(description = "Account managers are not kept by this service: always null") String accountManagerId,
        @Schema(description = "Account managers are not kept by this service: always null") String accountManagerName) {

    static IndirectPartnerResponse of(LinkedPartner linked) {
        var partner = linked.partner();
        return new IndirectPartnerResponse(partner.partnerId, partner.companyName, partner.xaccountId,
                partner.contactPhone, partner.contactEmail, linked.link().associatedOn, null, null);
    }
}
