package com.acmecloud.partnercenter.partner.resellers.domain;

import com.acmecloud.partnercenter.partner.core.domain.Partner;

/** A link with the reseller it names. */
public record LinkedPartner(IndirectPartnerLink link, Partner partner) {
}
