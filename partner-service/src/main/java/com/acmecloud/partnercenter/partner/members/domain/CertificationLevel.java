package com.acmecloud.partnercenter.partner.domain;

/** Huawei career certification levels: Associate, Professional, Expert. */
public enum CertificationLevel {
    HCIA, HCIP, HCIE
}
