package com.acmecloud.partnercenter.partner.business.domain;

/**
 * Status of a partner's latest business information submission: NONE (never submitted), PENDING (waiting for an
 * operator), VERIFIED (approved; the version in force), REJECTED (the latest submission was rejected; an earlier
 * verified version, if any, stays in force).
 */
public enum BusinessInformationStatus {
    NONE, PENDING, VERIFIED, REJECTED
}
