package com.acmecloud.partnercenter.partner.core.domain;

/** Enterprise real-name authentication of the partner company. */
public enum RealNameStatus {
    NONE, REVIEWING, APPROVED, REJECTED;

    /** A new submission is allowed only when nothing is approved or waiting for review. */
    public boolean acceptsSubmission() {
        return this == NONE || this == REJECTED;
    }
}
