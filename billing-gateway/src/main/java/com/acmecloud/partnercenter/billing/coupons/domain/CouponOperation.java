package com.acmecloud.partnercenter.billing.coupons.domain;

/**
 * Rule 47: the operation types of the coupon log (Huawei {@code CouponRecordV2.operation_type}). This service writes
 * 1, 2, 3, 4, 8 and 9; 5, 6 and 7 belong to unsubscriptions, recharge refunds and association changes of Huawei's
 * own that the suite does not have.
 */
public enum CouponOperation {
    ISSUE(1),
    MANUAL_RECLAIM(2),
    UNBIND_RECLAIM(3),
    EXPIRY_RECLAIM(4),
    UNSUBSCRIBE_RECLAIM(5),
    REFUND_RECHARGE_REVOKE(6),
    ASSOCIATION_RECLAIM(7),
    MODE_SWITCH_RECLAIM(8),
    RESELLER_TRANSFER(9);

    private final int code;

    CouponOperation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CouponOperation of(int code) {
        for (CouponOperation operation : values()) {
            if (operation.code == code) {
                return operation;
            }
        }
        throw new IllegalArgumentException("no coupon operation type " + code);
    }
}
