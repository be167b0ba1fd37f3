package com.acmecloud.partnercenter.partner.programs.domain;

public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED
}
