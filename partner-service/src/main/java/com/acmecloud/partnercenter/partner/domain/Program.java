package com.acmecloud.partnercenter.partner.domain;

/** Partner programs a company can apply to. */
public enum Program {
    SOLUTION_PROVIDER, CLOUD_RESELLER, DISTRIBUTOR
}
