package com.acmecloud.partnercenter.customer.partners.domain;

import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import com.acmecloud.partnercenter.platform.api.errors.ErrorDetail;
import java.util.List;

/**
 * Rules 23 and 24: who may create (associate) a customer, and for whom. Decided from the partner projection.
 * <ul>
 * <li>A tier-1 distributor (joined DISTRIBUTOR) creates customers only for a cloud reseller linked to it, by
 * {@code indirect_partner_id} (CBC.50010059 without one, CBC.99000037 for a reseller not linked to it).</li>
 * <li>A restricted partner cannot create associations (CBC.50010085), an exited one neither (CBC.91002005).</li>
 * <li>A reseller whose distributor is restricted (CBC.50010086) or has exited (CBC.50010065) cannot either.</li>
 * <li>A test partner account cannot, nor can anyone for it ({@link #requireProductionAccount}).</li>
 * </ul>
 */
public final class AssociationRules {

    /** The partner the new customer is associated with, and the distributor acting for it (or null). */
    public record Decision(String partnerId, String distributorId) {
    }

    private AssociationRules() {
    }

    /**
     * The partners are loaded first (an unknown one as {@link PartnerProjection#unknown}).
     *
     * @param caller             the calling partner
     * @param reseller           the partner named by {@code indirect_partner_id}, null when none was named
     * @param callersDistributor the caller's distributor when no reseller is named and the caller has one, else null
     */
    public static Decision decide(PartnerProjection caller, PartnerProjection reseller,
                                  PartnerProjection callersDistributor) {
        requireProductionAccount(caller);
        if (reseller != null) {
            if (!caller.partnerId.equals(reseller.distributorId)) {
                throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
            }
            requireProductionAccount(reseller);
            requireDistributorActive(caller);
            requireActive(reseller);
            return new Decision(reseller.partnerId, caller.partnerId);
        }
        requireActive(caller);
        if (caller.isDistributor()) {
            throw new CbcException(CbcError.DISTRIBUTOR_CANNOT_ASSOCIATE);
        }
        if (caller.distributorId != null) {
            requireDistributorActive(callersDistributor);
        }
        return new Decision(caller.partnerId, null);
    }

    /**
     * The scope a query runs in: the caller, or a reseller linked to the caller (CBC.99000037 otherwise).
     *
     * @param reseller the partner named by {@code indirect_partner_id}, null when none was named
     */
    public static String queryScope(String callerId, PartnerProjection reseller) {
        if (reseller == null) {
            return callerId;
        }
        if (!callerId.equals(reseller.distributorId)) {
            throw new CbcException(CbcError.INDIRECT_PARTNER_NOT_LINKED);
        }
        return reseller.partnerId;
    }

    /**
     * Rule 20: a customer's {@code xaccount_type} is the platform id assigned to the partner that creates it (its
     * access configuration), so {@code xaccount_id}s are unique within, and visible to, that one partner. Another
     * partner's platform id, or any while none is assigned, is refused with CBC.0150 naming the field.
     */
    public static void requireOwnPlatform(PartnerProjection caller, String xaccountType) {
        if (caller.xaccountType == null || !caller.xaccountType.equals(xaccountType)) {
            throw new CbcException(CbcError.OBJECT_ACCESS_DENIED, CbcError.OBJECT_ACCESS_DENIED.message(),
                    List.of(ErrorDetail.of("xaccount_type", CbcError.OBJECT_ACCESS_DENIED, caller.xaccountType == null
                            ? "no platform id is assigned to the caller yet (access configuration)"
                            : "is not the platform id assigned to the caller (access configuration)")));
        }
    }

    /**
     * Rule 63: test partner accounts cannot call production-only APIs (CBC.99005035). Production-only are the
     * operations that bring a real customer to a partner, which are exactly those deciding here: creating a customer
     * account ({@code POST /v2/partners/sub-customers}), registering a prospect (deal registrations, also from the
     * public pool), inviting a prospect and accepting an invitation (signing up or with an existing account). Neither
     * the caller nor the reseller a distributor acts for may be a test account. Reads, and changes to customers
     * already associated (labels, freezes, disassociation), stay allowed.
     */
    private static void requireProductionAccount(PartnerProjection partner) {
        if (partner.testAccount) {
            throw new CbcException(CbcError.TEST_PARTNER_NOT_ALLOWED);
        }
    }

    private static void requireActive(PartnerProjection partner) {
        switch (partner.status) {
            case RESTRICTED -> throw new CbcException(CbcError.PARTNER_RESTRICTED_CANNOT_ASSOCIATE);
            case EXITED -> throw new CbcException(CbcError.PARTNER_EXITED);
            default -> {
            }
        }
    }

    private static void requireDistributorActive(PartnerProjection distributor) {
        switch (distributor.status) {
            case RESTRICTED -> throw new CbcException(CbcError.DISTRIBUTOR_RESTRICTED);
            case EXITED -> throw new CbcException(CbcError.DISTRIBUTOR_EXITED);
            default -> {
            }
        }
    }
}
