package com.acmecloud.partnercenter.partner.resellers.domain;

/** Which side ended an effective distributor to reseller link. */
public enum EndedBy {
    DISTRIBUTOR, RESELLER, OPERATOR
}
