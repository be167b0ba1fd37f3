package com.acmecloud.partnercenter.billing.wire;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.balance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.isolation.TenantIsolationTest;
import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.ServedOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every operation of billing-gateway's {@code /q/openapi} (all roles): malformed JSON, a body of the
 * wrong shape, every body field with a value of the wrong JSON type, oversize lists, bad paging, and on every money
 * field 3 decimals, negative and zero amounts. Every answer is a CBC code with HTTP 400 (never 500), with no class
 * name, SQL or stack in it, and nothing moves. The funds operations' own cases stay in {@code FundsBadInputTest}.
 */
@QuarkusTest
class BadInputTest {

    /** A registered partner with a resale customer, 100.00 and a coupon quota; and a token per role. */
    record World(String partner, String customer, String quota) {

        String token(ServedOpenApi.Operation operation) {
            if (operation.allows("partner")) {
                return Tokens.partner(partner);
            }
            return operation.allows("operator") ? Tokens.operator() : Tokens.customer(customer);
        }

        String path(ServedOpenApi.Operation operation) {
            return operation.path().replace("{partner_id}", partner).replace("{quota_id}", quota)
                    .replace("{bill_cycle}", "2020-01").replaceAll("\\{[a-z_]+}", "x1");
        }
    }

    static World world() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "100.00");
        return new World(partner, customer, TenantIsolationTest.grant(partner));
    }

    static Response send(World w, ServedOpenApi.Operation operation, Object body) {
        var request = as(w.token(operation));
        if (body instanceof String raw) {
            request.body(raw);
        } else if (body != null) {
            request.body(body);
        }
        return request.request(operation.method().toUpperCase(), w.path(operation));
    }

    /** 400, a CBC code, the error shape and nothing internal. */
    static void assertRefused(SoftAssertions softly, String what, Response response) {
        softly.check(() -> {
            assertThat(response.statusCode()).as(what + " answered " + response.asString()).isEqualTo(400);
            assertCbcError(what, response, 400, response.jsonPath().getString("error_code"));
            assertThat(response.jsonPath().getString("error_code")).as(what).matches("CBC\\.\\d+");
        });
    }

    /** A value of another JSON type than the schema's. */
    static Object wrongType(Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("string".equals(type)) {
            return 12;
        }
        if ("boolean".equals(type) || schema.containsKey("properties")) {
            return List.of("x");
        }
        return "x"; // number, integer, array
    }

    /** One well-typed item of an array schema. */
    static Object item(Map<String, Object> arraySchema, int i) {
        @SuppressWarnings("unchecked")
        Map<String, Object> items = ServedOpenApi.resolve((Map<String, Object>) arraySchema.get("items"));
        Object type = items == null ? "string" : items.get("type");
        if ("integer".equals(type) || "number".equals(type)) {
            return 0;
        }
        return "string".equals(type) ? "id" + i : Map.of();
    }

    @Test
    void malformedWrongTypesAndOversizeListsAreCbcClientErrorsOnEveryOperation() {
        World w = world();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (ServedOpenApi.Operation operation : ServedOpenApi.operations()) {
            if (operation.path().startsWith("/q/") || operation.path().startsWith("/dev/")) {
                continue;
            }
            Map<String, Object> schema = operation.bodySchema();
            if (schema != null) {
                assertRefused(softly, operation.key() + " not JSON", send(w, operation, "{\"amount\": "));
                assertRefused(softly, operation.key() + " an array body", send(w, operation, "[1, 2]"));
                for (Map.Entry<String, Map<String, Object>> property : ServedOpenApi.properties(schema).entrySet()) {
                    Map<String, Object> body = new HashMap<>();
                    body.put(property.getKey(), wrongType(property.getValue()));
                    assertRefused(softly, operation.key() + " " + property.getKey() + " of the wrong type",
                            send(w, operation, body));
                    if ("array".equals(property.getValue().get("type"))) {
                        List<Object> items = new ArrayList<>();
                        for (int i = 0; i < 2001; i++) {
                            items.add(item(property.getValue(), i));
                        }
                        assertRefused(softly, operation.key() + " " + property.getKey() + " with 2001 items",
                                send(w, operation, Map.of(property.getKey(), items)));
                    }
                    checked++;
                }
            }
            // Huawei's paging (offset and limit 1 to 100); a limit alone (operators' lists) has its own maximum
            boolean huaweiPaging = operation.queryParameters().contains("offset");
            List<String> pagings = huaweiPaging ? List.of("offset=-1", "offset=x", "limit=0", "limit=101", "limit=1.5")
                    : List.of("limit=0", "limit=x", "limit=1.5");
            for (String paging : pagings) {
                if (operation.method().equals("get") && operation.queryParameters().contains("limit")) {
                    Response response = as(w.token(operation)).get(w.path(operation) + "?" + paging
                            + "&balance_type=BALANCE_TYPE_DEBIT&cycle=2020-01&bill_cycle=2020-01&customer_id="
                            + w.customer());
                    assertRefused(softly, operation.key() + " " + paging, response);
                    checked++;
                }
            }
        }
        softly.assertAll();
        assertThat(checked).as("cases").isGreaterThan(100);
        assertThat(balance(w.partner(), 8)).isEqualByComparingTo("100.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    /** A money field of an operation: a valid body around it, and whether 0 or a negative amount is valid there. */
    record Money(String operation, String field, Function<World, Map<String, Object>> body, boolean zeroValid,
                 boolean negativeValid) {
    }

    static final List<Money> MONEY = List.of(
            new Money("POST /v2/accounts/partner-accounts/adjust-amount", "amount",
                    w -> body("customer_id", w.customer()), false, false),
            new Money("POST /v2/accounts/partner-accounts/reclaim", "amount",
                    w -> body("customer_id", w.customer()), false, false),
            new Money("POST /v2/accounts/partner-accounts/indirect-partner-adjust", "amount",
                    w -> body("indirect_partner_id", "r1"), false, false),
            new Money("POST /v2/accounts/partner-accounts/indirect-partner-reclaim", "amount",
                    w -> body("indirect_partner_id", "r1"), false, false),
            new Money("POST /v2/accounts/partner-accounts/withdrawals", "amount",
                    w -> body("bank_name", "Bank", "account_name", "Company", "bank_account", "6222020200112233445"),
                    false, false),
            new Money("POST /v2/operations/partners/{partner_id}/recharges", "amount",
                    w -> body("reason", "test"), false, false),
            new Money("PUT /v2/operations/partners/{partner_id}/credit-limit", "credit_limit",
                    w -> body("reason", "test"), true, false),
            new Money("POST /v2/promotions/benefits/partner-coupons", "face_value",
                    w -> body("quota_id", w.quota(), "customer_ids", List.of(w.customer())), false, false),
            new Money("POST /v2/partners/coupon-quotas/indirect-partner-adjust", "quota_amount",
                    w -> body("quota_id", w.quota(), "indirect_partner_ids", List.of("r1")), false, false),
            new Money("POST /v2/partners/coupon-quotas", "quota_value", BadInputTest::grantBody, false, false),
            new Money("POST /v2/partners/coupon-quotas", "min_face_value", BadInputTest::grantBody, false, false),
            new Money("POST /v2/partners/coupon-quotas", "max_face_value", BadInputTest::grantBody, false, false),
            new Money("POST /v2/partners/coupon-quotas/{quota_id}/adjust", "amount",
                    w -> body("reason", "test"), true, true),
            new Money("POST /v2/partners/sub-customers/budget", "budget_amount",
                    w -> body("customer_id", w.customer()), true, false));

    static Map<String, Object> grantBody(World w) {
        return body("partner_id", w.partner(), "quota_type", 0, "quota_value", new BigDecimal("100.00"),
                "min_face_value", new BigDecimal("1.00"), "max_face_value", new BigDecimal("50.00"),
                "effective_time", "2020-01-01T00:00:00Z", "expire_time", "2099-01-01T00:00:00Z");
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void everyMoneyFieldRefusesThreeDecimalsNegativeAndZeroAmountsWhereTheyMeanNothing() {
        World w = world();
        SoftAssertions softly = new SoftAssertions();
        Set<String> operations = new java.util.TreeSet<>();
        for (Money money : MONEY) {
            String[] key = money.operation().split(" ", 2);
            ServedOpenApi.Operation operation = ServedOpenApi.operation(key[0], key[1]);
            operations.add(operation.key());
            Map<String, Object> cases = new LinkedHashMap<>();
            cases.put("3 decimals", new BigDecimal("1.005"));
            cases.put("19 integer digits", new BigDecimal("1234567890123456789"));
            cases.put("a string", "1.00");
            if (!money.negativeValid()) {
                cases.put("negative", new BigDecimal("-1.00"));
            }
            if (!money.zeroValid()) {
                cases.put("zero", BigDecimal.ZERO);
            }
            cases.forEach((name, value) -> {
                Map<String, Object> body = new HashMap<>(money.body().apply(w));
                body.put(money.field(), value);
                Response response = send(w, operation, body);
                String what = money.operation() + " " + money.field() + " " + name;
                assertRefused(softly, what, response);
                softly.assertThat(response.jsonPath().getString("error_code")).as(what)
                        .isIn("CBC.0100", "CBC.0101");
            });
        }
        softly.assertAll();
        // every operation with a number field in its body has its money cases above
        for (ServedOpenApi.Operation operation : ServedOpenApi.operations()) {
            Map<String, Object> schema = operation.bodySchema();
            if (schema != null && !operation.path().startsWith("/v2/bills/ratings")
                    && ServedOpenApi.properties(schema).values().stream()
                    .anyMatch(property -> "number".equals(property.get("type")))) {
                assertThat(operations).as("money cases").contains(operation.key());
            }
        }
        assertThat(balance(w.partner(), 8)).isEqualByComparingTo("100.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }
}
