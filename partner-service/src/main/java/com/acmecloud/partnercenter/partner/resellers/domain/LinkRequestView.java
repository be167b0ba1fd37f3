package com.acmecloud.partnercenter.partner.resellers.domain;

import com.acmecloud.partnercenter.partner.core.domain.Partner;

/** A link request with both partners it names. */
public record LinkRequestView(IndirectPartnerLinkRequest request, Partner distributor, Partner reseller) {
}
