package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed lifecycle and freeze requests: always a CBC 4xx with a request id, never a 5xx, nothing changed. */
@QuarkusTest
class LifecycleBadInputTest {

    private static final String PARTNER = Tokens.newPartnerId();

    /** The partner is known to customer-service as registered (every partner operation requires it). */
    @BeforeEach
    void registerPartner() {
        register(PARTNER, PLATFORM);
    }
    private static final String CUSTOMER = "c" + Tokens.newPartnerId();
    private static final String BASE = "/v2/partners/sub-customers";
    private static final String SWITCH = BASE + "/" + CUSTOMER + "/association-type-changes";
    private static final String LIST = BASE + "/association-type-changes";
    private static final String DISASSOCIATE = BASE + "/" + CUSTOMER + "/disassociate";
    private static final String FREEZE = BASE + "/freeze";
    private static final String UNFREEZE = BASE + "/unfreeze";

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    private static Map<String, Object> freezeBody(Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("customer_ids", List.of("a"), "reason", "r"));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("customer-" + i);
        }
        return ids;
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                partner("switch without body", 400, "CBC.0101", r -> r.post(SWITCH)),
                partner("switch without association_type", 400, "CBC.0101", r -> r.body(Map.of()).post(SWITCH)),
                partner("switch association_type 3", 400, "CBC.0100", r -> r.body(Map.of("association_type", "3")).post(SWITCH)),
                partner("switch association_type a number", 400, "CBC.0101", r -> r.body(Map.of("association_type", 1)).post(SWITCH)),
                partner("switch body malformed", 400, "CBC.0100", r -> r.body("{\"association_type\":").post(SWITCH)),
                partner("switch indirect_partner_id of 65 characters", 400, "CBC.0100", r -> r.body(Map.of("association_type", "1", "indirect_partner_id", "p".repeat(65))).post(SWITCH)),
                partner("switch for an unknown customer", 400, "CBC.99000035", r -> r.body(Map.of("association_type", "1")).post(SWITCH)),
                partner("switch for a customer id of 300 characters", 400, "CBC.99000035", r -> r.body(Map.of("association_type", "1")).post(BASE + "/" + "x".repeat(300) + "/association-type-changes")),
                partner("switch with a bad Idempotency-Key", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(Map.of("association_type", "1")).post(SWITCH)),
                partner("switch with GET", 405, "CBC.91000002", r -> r.get(SWITCH)),
                partner("cancel a request id that is no UUID", 404, "CBC.91005050", r -> r.post(SWITCH + "/nope/cancel")),
                partner("cancel with a body of the wrong shape", 400, "CBC.0101", r -> r.body("[]").post(SWITCH + "/" + java.util.UUID.randomUUID() + "/cancel")),
                partner("list status unknown", 400, "CBC.0100", r -> r.queryParam("status", "OPEN").get(LIST)),
                partner("list limit 0", 400, "CBC.0100", r -> r.queryParam("limit", "0").get(LIST)),
                partner("list limit 101", 400, "CBC.0100", r -> r.queryParam("limit", "101").get(LIST)),
                partner("list offset -1", 400, "CBC.0100", r -> r.queryParam("offset", "-1").get(LIST)),
                partner("list limit a word", 400, "CBC.0100", r -> r.queryParam("limit", "ten").get(LIST)),
                partner("list customer_id of 65 characters", 400, "CBC.0100", r -> r.queryParam("customer_id", "c".repeat(65)).get(LIST)),
                partner("list for a reseller never linked", 400, "CBC.99000037", r -> r.queryParam("indirect_partner_id", "nobody").get(LIST)),
                partner("list with POST", 405, "CBC.91000002", r -> r.body(Map.of()).post(LIST)),
                partner("disassociate reason of 257 characters", 400, "CBC.0100", r -> r.body(Map.of("reason", "r".repeat(257))).post(DISASSOCIATE)),
                partner("disassociate reason a number", 400, "CBC.0101", r -> r.body(Map.of("reason", 5)).post(DISASSOCIATE)),
                partner("disassociate an unknown customer", 400, "CBC.99000035", r -> r.post(DISASSOCIATE)),
                partner("disassociate with GET", 405, "CBC.91000002", r -> r.get(DISASSOCIATE)),
                partner("freeze without body", 400, "CBC.0101", r -> r.post(FREEZE)),
                partner("freeze without customer_ids", 400, "CBC.0101", r -> r.body(Map.of("reason", "r")).post(FREEZE)),
                partner("freeze an empty list", 400, "CBC.0100", r -> r.body(freezeBody("customer_ids", List.of())).post(FREEZE)),
                partner("freeze 11 customers", 400, "CBC.0100", r -> r.body(freezeBody("customer_ids", ids(11))).post(FREEZE)),
                partner("freeze a blank id", 400, "CBC.0101", r -> r.body(freezeBody("customer_ids", List.of(" "))).post(FREEZE)),
                partner("freeze a null id", 400, "CBC.0101", r -> r.body(freezeBody("customer_ids", Collections.singletonList(null))).post(FREEZE)),
                partner("freeze an id of 65 characters", 400, "CBC.0100", r -> r.body(freezeBody("customer_ids", List.of("i".repeat(65)))).post(FREEZE)),
                partner("freeze customer_ids a string", 400, "CBC.0101", r -> r.body(freezeBody("customer_ids", "a")).post(FREEZE)),
                partner("freeze without reason", 400, "CBC.0101", r -> r.body(Map.of("customer_ids", List.of("a"))).post(FREEZE)),
                partner("freeze reason of 257 characters", 400, "CBC.0100", r -> r.body(freezeBody("reason", "r".repeat(257))).post(FREEZE)),
                partner("freeze type unknown", 400, "CBC.0100", r -> r.body(freezeBody("freeze_type", "RESOURCE")).post(FREEZE)),
                partner("freeze type empty", 400, "CBC.0100", r -> r.body(freezeBody("freeze_type", "")).post(FREEZE)),
                partner("freeze for a reseller never linked", 400, "CBC.99000037", r -> r.body(freezeBody("indirect_partner_id", "nobody")).post(FREEZE)),
                partner("freeze with GET", 405, "CBC.91000002", r -> r.get(FREEZE)),
                partner("unfreeze type unknown", 400, "CBC.0100", r -> r.body(freezeBody("unfreeze_type", "ALL")).post(UNFREEZE)),
                partner("unfreeze 11 customers", 400, "CBC.0100", r -> r.body(freezeBody("customer_ids", ids(11))).post(UNFREEZE)),
                partner("unfreeze body malformed", 400, "CBC.0100", r -> r.body("{").post(UNFREEZE)),
                as("confirm as a partner", Tokens.partner(PARTNER), 403, "CBC.0151", r -> r.post("/v2/customers/association-type-changes/" + java.util.UUID.randomUUID() + "/confirm")),
                as("customer view as a partner", Tokens.partner(PARTNER), 403, "CBC.0151", r -> r.get("/v2/customers/association")),
                as("switch as a customer", Tokens.customer(CUSTOMER), 403, "CBC.0151", r -> r.body(Map.of("association_type", "1")).post(SWITCH)),
                as("freeze as a customer", Tokens.customer(CUSTOMER), 403, "CBC.0151", r -> r.body(freezeBody()).post(FREEZE)),
                as("customer view without an account", Tokens.customer(CUSTOMER), 404, "CBC.91005002", r -> r.get("/v2/customers/association")),
                as("leave without an account", Tokens.customerWithoutAccount("nobody-" + PARTNER), 404, "CBC.91005002", r -> r.post("/v2/customers/association/disassociate")),
                as("leave with a reason of 257 characters", Tokens.customer(CUSTOMER), 400, "CBC.0100", r -> r.body(Map.of("reason", "r".repeat(257))).post("/v2/customers/association/disassociate")),
                as("reject a request id that is no UUID", Tokens.customer(CUSTOMER), 404, "CBC.91005050", r -> r.post("/v2/customers/association-type-changes/x/reject")),
                as("confirm with GET", Tokens.customer(CUSTOMER), 405, "CBC.91000002", r -> r.get("/v2/customers/association-type-changes/" + java.util.UUID.randomUUID() + "/confirm")),
                anonymous("switch without a token", 401, "CBC.0154", r -> r.body(Map.of("association_type", "1")).post(SWITCH)),
                anonymous("customer view without a token", 401, "CBC.0154", r -> r.get("/v2/customers/association")),
                as("freeze with a partner token naming no partner", Tokens.partnerWithoutPartnerId(), 403, "CBC.91001003", r -> r.body(freezeBody()).post(FREEZE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));
        CbcAssertions.assertCbcError(description, response, expected.status(), expected.code());
    }

    private static Arguments partner(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return as(description, Tokens.partner(PARTNER), status, code, call);
    }

    private static Arguments as(String description, String token, int status, String code,
                                Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(token))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }
}
