package com.acmecloud.partnercenter.customer.subcustomers.domain;

import java.time.Instant;

/**
 * Filters of Huawei's sub-customer query; a null field does not filter. {@code accountName} and {@code label}
 * match a part of the value (prefix, suffix or middle, case-sensitive) as Huawei's do; {@code customer} is a
 * case-insensitive contains on the verified real-name name.
 */
public record SubCustomerFilter(String accountName, String customer, String customerId, String label,
                                Integer associationType, Instant associatedOnBegin, Instant associatedOnEnd) {
}
