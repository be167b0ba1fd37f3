package com.acmecloud.partnercenter.platform.events.partners;

/** A partner's status as partner-service publishes it in {@code partner.status_changed.v1}. */
public enum PartnerStatus {
    ACTIVE, RESTRICTED, EXITED
}
