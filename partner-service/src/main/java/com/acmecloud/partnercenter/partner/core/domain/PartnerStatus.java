package com.acmecloud.partnercenter.partner.core.domain;

/**
 * A partner's standing, set by an operator. RESTRICTED partners cannot apply to programs or link resellers
 * (and, downstream, cannot create customer associations: rules 23–24); EXITED is final.
 */
public enum PartnerStatus {
    ACTIVE, RESTRICTED, EXITED;

    /** ACTIVE and RESTRICTED may change into each other or into EXITED; nothing leaves EXITED. */
    public boolean canChangeTo(PartnerStatus target) {
        return this != EXITED || target == EXITED;
    }
}
