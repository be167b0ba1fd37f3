package com.acmecloud.partnercenter.partner.members.domain;

/** Huawei career certification levels: Associate, Professional, Expert. */
public enum CertificationLevel {
    HCIA, HCIP, HCIE
}
