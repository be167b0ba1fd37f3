package com.acmecloud.partnercenter.partner.resellers.domain;

/** A distributor's link request: PENDING until the reseller accepts or rejects it or the distributor withdraws it. */
public enum LinkRequestStatus {
    PENDING, ACCEPTED, REJECTED, WITHDRAWN, EXPIRED
}
