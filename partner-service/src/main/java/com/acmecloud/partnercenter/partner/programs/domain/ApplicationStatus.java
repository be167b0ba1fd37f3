package com.acmecloud.partnercenter.partner.domain;

public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED
}
