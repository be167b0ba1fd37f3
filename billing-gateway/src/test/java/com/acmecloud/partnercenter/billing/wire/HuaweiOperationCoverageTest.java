package com.acmecloud.partnercenter.billing.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.wire.ServedOpenApi;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bssintl.v2.BssintlMeta;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * "Every Huawei operation has an SDK round-trip": every operation in billing-gateway's {@code /q/openapi} whose method
 * and path is an operation of the official SDK ({@code BssMeta}, or {@code BssintlMeta} for the international site)
 * is named by an {@link SdkOperations} wire test, and every name a wire test claims is such an operation.
 */
@QuarkusTest
class HuaweiOperationCoverageTest {

    /** The wire tests. */
    static final List<Class<?>> WIRE_TESTS = List.of(FundsWireTest.class, CouponWireTest.class, BillsWireTest.class,
            BudgetWireTest.class);

    /** Every operation of both SDKs: "METHOD /path" → name. */
    static List<HttpRequestDef<?, ?>> sdkOperations() throws IllegalAccessException {
        List<HttpRequestDef<?, ?>> operations = new ArrayList<>();
        for (Class<?> meta : List.of(BssMeta.class, BssintlMeta.class)) {
            for (java.lang.reflect.Field field : meta.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && HttpRequestDef.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    operations.add((HttpRequestDef<?, ?>) field.get(null));
                }
            }
        }
        return operations;
    }

    static Set<String> served() throws IllegalAccessException {
        Set<String> served = new TreeSet<>();
        List<HttpRequestDef<?, ?>> sdk = sdkOperations();
        for (ServedOpenApi.Operation ours : ServedOpenApi.operations()) {
            for (HttpRequestDef<?, ?> operation : sdk) {
                if (operation.getMethod().name().equalsIgnoreCase(ours.method())
                        && operation.getUri().equals(ours.path())) {
                    served.add(operation.getName());
                }
            }
        }
        return served;
    }

    static Set<String> covered() {
        Set<String> covered = new TreeSet<>();
        for (Class<?> test : WIRE_TESTS) {
            for (Method method : test.getDeclaredMethods()) {
                SdkOperations operations = method.getAnnotation(SdkOperations.class);
                if (operations != null) {
                    covered.addAll(List.of(operations.value()));
                }
            }
        }
        return covered;
    }

    @Test
    void everyHuaweiOperationBillingServesHasAWireTest() throws IllegalAccessException {
        Set<String> served = served();
        assertThat(served).as("Huawei operations in /q/openapi").hasSize(27);
        assertThat(covered()).as("operations the wire tests round-trip").containsExactlyInAnyOrderElementsOf(served);
    }
}
