package com.acmecloud.partnercenter.partner.resellers.domain;

import java.time.Instant;

/** Filters of Huawei's indirect-partner query; a null field does not filter. */
public record IndirectPartnerFilter(String accountName, String indirectPartnerId, Instant associatedOnBegin,
                                    Instant associatedOnEnd) {
}
