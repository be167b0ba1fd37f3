package com.acmecloud.partnercenter.partner.members.domain;

/** Derived from the clock: VALID until {@code valid_to}, EXPIRED from then on. */
public enum CertificationStatus {
    VALID, EXPIRED
}
