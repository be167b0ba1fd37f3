package com.acmecloud.partnercenter.billing.partners.domain;

/** A partner's status as partner.events tells it ({@code partner.status_changed.v1}). */
public enum PartnerStatus {
    ACTIVE, RESTRICTED, EXITED
}
