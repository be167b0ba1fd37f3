package com.acmecloud.partnercenter.billing.wire;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Huawei SDK operations ({@code BssMeta} / {@code BssintlMeta} names) a wire test round-trips: request model
 * serialised by the SDK, answer read strictly into the response model with every field checked.
 * {@link HuaweiOperationCoverageTest} requires one for every Huawei operation billing-gateway serves.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface SdkOperations {
    String[] value();
}
