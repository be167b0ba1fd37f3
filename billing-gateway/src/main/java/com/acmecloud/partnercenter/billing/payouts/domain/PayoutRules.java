package com.acmecloud.partnercenter.billing.payouts.domain;

import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;

/** Rule 60: a payout waits until business information is verified and no change to it is pending. */
public final class PayoutRules {

    public static final String NOT_VERIFIED = "BUSINESS_INFORMATION_NOT_VERIFIED";
    public static final String CHANGE_PENDING = "BUSINESS_INFORMATION_CHANGE_PENDING";

    private PayoutRules() {
    }

    /** Why the partner cannot be paid now, or null when it can. */
    public static String refusal(PartnerProjection partner) {
        if (!partner.payoutBlocked) {
            return null;
        }
        return "PENDING".equals(partner.businessInfoStatus) && partner.verifiedCompanyName != null
                ? CHANGE_PENDING : NOT_VERIFIED;
    }
}
