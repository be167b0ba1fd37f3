package com.acmecloud.partnercenter.billing;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** The funds API as a partner, a customer and an operator call it. */
public final class FundsTestApi {

    public static final String ADJUST = "/v2/accounts/partner-accounts/adjust-amount";
    public static final String RECLAIM = "/v2/accounts/partner-accounts/reclaim";
    public static final String INDIRECT_ADJUST = "/v2/accounts/partner-accounts/indirect-partner-adjust";
    public static final String INDIRECT_RECLAIM = "/v2/accounts/partner-accounts/indirect-partner-reclaim";
    public static final String BALANCES = "/v2/accounts/partner-accounts/balances";
    public static final String CUSTOMER_BALANCES = "/v2/accounts/customer-accounts/balances/batch-query";
    public static final String ADJUST_RECORDS = "/v3/accounts/partner-accounts/adjust-records";
    public static final String CHANGE_RECORDS = "/v2/accounts/partner-accounts/account-change-records";

    private FundsTestApi() {
    }

    public static RequestSpecification as(String token) {
        return given().header("X-Auth-Token", token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** The operator recharges the partner (money enters the suite). */
    public static void recharge(String partnerId, String amount) {
        as(Tokens.operator()).body(Map.of("amount", new java.math.BigDecimal(amount), "reason", "test top-up"))
                .post("/v2/operations/partners/{id}/recharges", partnerId).then().statusCode(200);
    }

    public static ValidatableResponse allocate(String partnerId, String customerId, Object amount) {
        return as(Tokens.partner(partnerId)).body(body("customer_id", customerId, "amount", amount))
                .post(ADJUST).then();
    }

    public static ValidatableResponse reclaim(String partnerId, String customerId, Object amount) {
        return as(Tokens.partner(partnerId)).body(body("customer_id", customerId, "amount", amount))
                .post(RECLAIM).then();
    }

    /** Account type {@code type}'s amount in the partner's balances. */
    public static java.math.BigDecimal balance(String partnerId, int type) {
        return new java.math.BigDecimal(as(Tokens.partner(partnerId)).get(BALANCES).then().statusCode(200).extract()
                .jsonPath().getString("account_balances.find { it.account_type == " + type + " }.amount"));
    }

    public static java.math.BigDecimal customerBalance(String partnerId, String customerId) {
        String amount = as(Tokens.partner(partnerId))
                .body(Map.of("customer_infos", java.util.List.of(Map.of("customer_id", customerId))))
                .post(CUSTOMER_BALANCES).then().statusCode(200).extract().jsonPath()
                .getString("customer_balances[0].amount");
        return amount == null ? null : new java.math.BigDecimal(amount);
    }
}
