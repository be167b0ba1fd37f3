package com.acmecloud.partnercenter.customer.subcustomers.domain;

import com.acmecloud.partnercenter.customer.core.domain.FreezeType;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;

/**
 * The partner's manual freeze of a customer (Huawei INTL freeze / unfreeze). Only resale customers can be frozen
 * (CBC.5024). Repeating a freeze or unfreeze is a success that changes nothing, so a batch can be retried; freezing
 * with the other type (CBC.91005059) or unfreezing with a type other than the freeze's (CBC.91005060, as Huawei:
 * "the unfreezing type must be consistent with the freezing type") is refused.
 */
public final class FreezeRules {

    private FreezeRules() {
    }

    /** @return whether the customer's state changed */
    public static boolean freeze(SubCustomer customer, FreezeType type) {
        requireResale(customer);
        if (customer.isFrozen == type.code()) {
            return false;
        }
        if (customer.isFrozen != FreezeType.NOT_FROZEN) {
            throw new CbcException(CbcError.CUSTOMER_FROZEN_WITH_OTHER_TYPE);
        }
        customer.isFrozen = type.code();
        return true;
    }

    /** @return whether the customer's state changed */
    public static boolean unfreeze(SubCustomer customer, FreezeType type) {
        requireResale(customer);
        if (customer.isFrozen == FreezeType.NOT_FROZEN) {
            return false;
        }
        if (customer.isFrozen != type.code()) {
            throw new CbcException(CbcError.UNFREEZE_TYPE_MISMATCH);
        }
        customer.isFrozen = FreezeType.NOT_FROZEN;
        return true;
    }

    private static void requireResale(SubCustomer customer) {
        if (customer.associationType == null || customer.associationType != SubCustomer.RESALE) {
            throw new CbcException(CbcError.WRONG_ASSOCIATION_TYPE);
        }
    }
}
