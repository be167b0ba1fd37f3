package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed, mistyped and out-of-range input: always a CBC 4xx with a request id, never a 5xx. */
@QuarkusTest
class CustomerBadInputTest {

    private static final String OWNER = Tokens.newPartnerId();

    /** The partner is known to customer-service as registered (every partner operation requires it). */
    @BeforeEach
    void registerPartner() {
        register(OWNER, PLATFORM);
    }
    private static final String CREATE = "/v2/partners/sub-customers";
    private static final String QUERY = "/v2/partners/sub-customers/query";
    private static final String CHECK = "/v2/partners/sub-customers/users/check-identity";
    private static final String SEND = "/v2/bases/verificationcode/send";

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    private static Map<String, Object> customer(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("xaccount_id", "erp-bad", "xaccount_type", "partner_platform"));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> send(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("receiver_type", 1, "mobile_phone", "0086-13900000000"));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                partner("create body malformed", 400, "CBC.0100", r -> r.body("{\"xaccount_id\":").post(CREATE)),
                partner("create without body", 400, "CBC.0101", r -> r.post(CREATE)),
                partner("create body an array", 400, "CBC.0101", r -> r.body("[]").post(CREATE)),
                partner("create without xaccount_id", 400, "CBC.0101", r -> r.body(Map.of("xaccount_type", "t")).post(CREATE)),
                partner("create without xaccount_type", 400, "CBC.0101", r -> r.body(Map.of("xaccount_id", "x")).post(CREATE)),
                partner("create xaccount_id a number", 400, "CBC.0101", r -> r.body(customer("xaccount_id", 42)).post(CREATE)),
                partner("create xaccount_id of 129 characters", 400, "CBC.0100", r -> r.body(customer("xaccount_id", "x".repeat(129))).post(CREATE)),
                partner("create xaccount_type of 65 characters", 400, "CBC.0100", r -> r.body(customer("xaccount_type", "t".repeat(65))).post(CREATE)),
                partner("create domain_name of 100 000 characters", 400, "CBC.0100", r -> r.body(customer("domain_name", "d".repeat(100_000))).post(CREATE)),
                partner("create domain_name with spaces", 400, "CBC.99000031", r -> r.body(customer("domain_name", "a b c d e")).post(CREATE)),
                partner("create is_close_market_ms unknown", 400, "CBC.0100", r -> r.body(customer("is_close_market_ms", "maybe")).post(CREATE)),
                partner("create is_close_market_ms a boolean", 400, "CBC.0101", r -> r.body(customer("is_close_market_ms", true)).post(CREATE)),
                partner("create include_association_result a string", 400, "CBC.0101", r -> r.body(customer("include_association_result", "yes")).post(CREATE)),
                partner("create mobile not Chinese", 400, "CBC.5017", r -> r.body(customer("mobile_phone", "0044-7700900000", "verification_code", "1")).post(CREATE)),
                partner("create indirect_partner_id of 65 characters", 400, "CBC.0100", r -> r.body(customer("indirect_partner_id", "p".repeat(65))).post(CREATE)),
                partner("create for a reseller never linked", 400, "CBC.99000037", r -> r.body(customer("indirect_partner_id", "nobody")).post(CREATE)),
                partner("create with an Idempotency-Key of 65 characters", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(customer()).post(CREATE)),
                partner("create as text/plain", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("x").post(CREATE)),
                partner("create with GET", 405, "CBC.91000002", r -> r.get(CREATE)),
                partner("query limit 0", 400, "CBC.0100", r -> r.body(Map.of("limit", 0)).post(QUERY)),
                partner("query limit 101", 400, "CBC.0100", r -> r.body(Map.of("limit", 101)).post(QUERY)),
                partner("query offset -1", 400, "CBC.0100", r -> r.body(Map.of("offset", -1)).post(QUERY)),
                partner("query limit a string", 400, "CBC.0101", r -> r.body(Map.of("limit", "10")).post(QUERY)),
                partner("query limit a fraction", 400, "CBC.0101", r -> r.body("{\"limit\": 1.5}").post(QUERY)),
                partner("query limit beyond an integer", 400, "CBC.0101", r -> r.body("{\"limit\": 99999999999}").post(QUERY)),
                partner("query association_type 4", 400, "CBC.0100", r -> r.body(Map.of("association_type", "4")).post(QUERY)),
                partner("query association_type a number", 400, "CBC.0101", r -> r.body(Map.of("association_type", 2)).post(QUERY)),
                partner("query begin without time", 400, "CBC.0100", r -> r.body(Map.of("associated_on_begin", "2026-01-01")).post(QUERY)),
                partner("query begin after end", 400, "CBC.0100", r -> r.body(Map.of("associated_on_begin", "2026-03-01T00:00:00Z", "associated_on_end", "2026-02-01T00:00:00Z")).post(QUERY)),
                partner("query account_name of 65 characters", 400, "CBC.0100", r -> r.body(Map.of("account_name", "a".repeat(65))).post(QUERY)),
                partner("query without body", 400, "CBC.0101", r -> r.post(QUERY)),
                partner("query body malformed", 400, "CBC.0100", r -> r.body("{\"limit\":").post(QUERY)),
                partner("check search_type unknown", 400, "CBC.0100", r -> r.body(Map.of("search_type", "phone", "search_value", "x")).post(CHECK)),
                partner("check without search_value", 400, "CBC.0101", r -> r.body(Map.of("search_type", "name")).post(CHECK)),
                partner("check search_value of 255 characters", 400, "CBC.0100", r -> r.body(Map.of("search_type", "name", "search_value", "v".repeat(255))).post(CHECK)),
                partner("check mobile malformed", 400, "CBC.5017", r -> r.body(Map.of("search_type", "mobile", "search_value", "12345")).post(CHECK)),
                partner("send receiver_type 2", 400, "CBC.0100", r -> r.body(send("receiver_type", 2)).post(SEND)),
                partner("send without receiver_type", 400, "CBC.0101", r -> r.body(Map.of("mobile_phone", "0086-13900000000")).post(SEND)),
                partner("send without mobile", 400, "CBC.0101", r -> r.body(Map.of("receiver_type", 1)).post(SEND)),
                partner("send mobile not Chinese", 400, "CBC.5017", r -> r.body(send("mobile_phone", "+1-5551234567")).post(SEND)),
                partner("send mobile of 1000 characters", 400, "CBC.0100", r -> r.body(send("mobile_phone", "1".repeat(1000))).post(SEND)),
                partner("send timeout 0", 400, "CBC.0100", r -> r.body(send("timeout", 0)).post(SEND)),
                partner("send timeout a string", 400, "CBC.0101", r -> r.body(send("timeout", "10")).post(SEND)),
                partner("send lang unknown", 400, "CBC.0100", r -> r.body(send("lang", "fr-fr")).post(SEND)),
                partner("send scene 18 without customer_id", 400, "CBC.0101", r -> r.body(send("scene", 18)).post(SEND)),
                partner("send scene 17", 400, "CBC.0100", r -> r.body(send("scene", 17)).post(SEND)),
                partner("send body malformed", 400, "CBC.0100", r -> r.body("{").post(SEND)),
                anonymous("create without a token", 401, "CBC.0154", r -> r.body(customer()).post(CREATE)),
                anonymous("query with a garbage token", 401, "CBC.0154", r -> r.auth().oauth2("abc.def.ghi").body(Map.of()).post(QUERY)),
                anonymous("send with an expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(OWNER)).body(send()).post(SEND)),
                anonymous("create as an operator", 403, "CBC.0151", r -> r.auth().oauth2(Tokens.operator()).body(customer()).post(CREATE)),
                anonymous("create with a partner token naming no partner", 403, "CBC.91001003", r -> r.auth().oauth2(Tokens.partnerWithoutPartnerId()).body(customer()).post(CREATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));

        assertThat(response.statusCode()).as(description).isEqualTo(expected.status());
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error_code")).as(description).isEqualTo(expected.code());
        assertThat(response.jsonPath().getString("error_msg")).isNotBlank();
        assertThat(response.jsonPath().getString("request_id")).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.asString()).doesNotContain("java.", "Exception", "com.acmecloud", "org.", "SELECT", "\tat ");
    }

    private static Arguments partner(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.partner(OWNER)))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }
}
