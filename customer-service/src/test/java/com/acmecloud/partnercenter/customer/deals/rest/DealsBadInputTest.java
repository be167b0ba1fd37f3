package com.acmecloud.partnercenter.customer.deals.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed or mistyped input to the deal, pool and invitation endpoints: a CBC 4xx, never a 5xx. */
@QuarkusTest
class DealsBadInputTest {

    private static final String PARTNER = Tokens.newPartnerId();

    /** The partner is known to customer-service as registered (every partner operation requires it). */
    @BeforeEach
    void registerPartner() {
        register(PARTNER, PLATFORM);
    }
    private static final String REGISTER = "/v2/partners/deal-registrations";
    private static final String QUERY = "/v2/partners/deal-registrations/query";
    private static final String INVITE = "/v2/partners/invitations";
    private static final String POOL = "/v2/partners/public-pool/query";

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        String uuid = "0b7c2f4e-6f0e-4a53-9b7e-3d2f1c0a9e88";
        return Stream.of(
                partner("register without body", 400, "CBC.0101", r -> r.post(REGISTER)),
                partner("register malformed body", 400, "CBC.0100", r -> r.body("{\"email\":").post(REGISTER)),
                partner("register naming nothing", 400, "CBC.0101", r -> r.body(Map.of("remark", "x")).post(REGISTER)),
                partner("register an account and a mobile", 400, "CBC.0101",
                        r -> r.body(Map.of("customer_id", "c", "mobile_phone", "13800000000")).post(REGISTER)),
                partner("register a foreign mobile", 400, "CBC.5017",
                        r -> r.body(Map.of("mobile_phone", "0044-7700900000")).post(REGISTER)),
                partner("register a malformed e-mail", 400, "CBC.0100",
                        r -> r.body(Map.of("email", "not-an-email")).post(REGISTER)),
                partner("register an e-mail of 300 characters", 400, "CBC.0100",
                        r -> r.body(Map.of("email", "e".repeat(290) + "@example.com")).post(REGISTER)),
                partner("register mobile a number", 400, "CBC.0101",
                        r -> r.body(Map.of("mobile_phone", 13800000000L)).post(REGISTER)),
                partner("register remark of 513 characters", 400, "CBC.0100",
                        r -> r.body(Map.of("email", "a@example.com", "remark", "r".repeat(513))).post(REGISTER)),
                partner("register with GET", 405, "CBC.91000002", r -> r.get(REGISTER)),
                partner("query status unknown", 400, "CBC.0100", r -> r.body(Map.of("status", "OPEN")).post(QUERY)),
                partner("query registration_id not an id", 400, "CBC.0100",
                        r -> r.body(Map.of("registration_id", "abc")).post(QUERY)),
                partner("query limit 101", 400, "CBC.0100", r -> r.body(Map.of("limit", 101)).post(QUERY)),
                partner("withdraw an id that is no id", 404, "CBC.91005010",
                        r -> r.post("/v2/partners/deal-registrations/abc/withdraw")),
                partner("withdraw an unknown id", 404, "CBC.91005010",
                        r -> r.post("/v2/partners/deal-registrations/" + uuid + "/withdraw")),
                partner("invite without channel", 400, "CBC.0101",
                        r -> r.body(Map.of("registration_id", uuid, "association_type", "2")).post(INVITE)),
                partner("invite channel unknown", 400, "CBC.0100",
                        r -> r.body(Map.of("registration_id", uuid, "channel", "SMS", "association_type", "2")).post(INVITE)),
                partner("invite association_type 3", 400, "CBC.0100",
                        r -> r.body(Map.of("registration_id", uuid, "channel", "OFFLINE", "association_type", "3")).post(INVITE)),
                partner("invite association_type a number", 400, "CBC.0101",
                        r -> r.body(Map.of("registration_id", uuid, "channel", "OFFLINE", "association_type", 2)).post(INVITE)),
                partner("invite registration_id not an id", 400, "CBC.0100",
                        r -> r.body(Map.of("registration_id", "x", "channel", "OFFLINE", "association_type", "2")).post(INVITE)),
                partner("invite online to a malformed e-mail", 400, "CBC.0100",
                        r -> r.body(Map.of("registration_id", uuid, "channel", "ONLINE", "association_type", "2",
                                "email", "nope")).post(INVITE)),
                partner("pool limit 0", 400, "CBC.0100", r -> r.body(Map.of("limit", 0)).post(POOL)),
                partner("pool register an id that is no id", 404, "CBC.91005021",
                        r -> r.post("/v2/partners/public-pool/abc/register")),
                partner("invitations query offset -1", 400, "CBC.0100",
                        r -> r.body(Map.of("offset", -1)).post("/v2/partners/invitations/query")),
                customer("accept a malformed body", 400, "CBC.0100",
                        r -> r.body("{\"mobile_phone\":").post("/v2/customers/invitations/" + "c".repeat(43) + "/accept")),
                customer("accept with a foreign mobile on an unknown code", 404, "CBC.91005016",
                        r -> r.body(Map.of("mobile_phone", "0044-1")).post("/v2/customers/invitations/abc/accept")),
                anonymous("register without a token", 401, "CBC.0154", r -> r.body(Map.of("email", "a@example.com")).post(REGISTER)),
                anonymous("preview without a token", 401, "CBC.0154", r -> r.get("/v2/customers/invitations/abc")),
                anonymous("register as a customer", 403, "CBC.0151",
                        r -> r.auth().oauth2(Tokens.customer("c1")).body(Map.of("email", "a@example.com")).post(REGISTER)),
                anonymous("pool as an operator", 403, "CBC.0151",
                        r -> r.auth().oauth2(Tokens.operator()).body(Map.of()).post(POOL)),
                anonymous("register with a partner token naming no partner", 403, "CBC.91001003",
                        r -> r.auth().oauth2(Tokens.partnerWithoutPartnerId()).body(Map.of("email", "a@example.com")).post(REGISTER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));
        CbcAssertions.assertCbcError(description, response, expected.status(), expected.code());
    }

    @Test
    void theOperationsDocumentTheirErrorCodes() {
        Response openapi = given().queryParam("format", "json").get("/q/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.jsonPath().getMap(
                "paths.'/v2/partners/deal-registrations'.post.responses.'400'.content.'application/json'.examples"))
                .containsKey("CBC.99000051");
        assertThat(openapi.jsonPath().getMap(
                "paths.'/v2/customers/invitations/{code}/accept'.post.responses.'400'.content.'application/json'.examples"))
                .containsKeys("CBC.91005017", "CBC.91005018", "CBC.91005020");
        assertThat(openapi.jsonPath().getMap("paths.'/v2/partners/public-pool/query'.post.responses")).containsKey("200");
    }

    private static Arguments partner(String description, int status, String code,
                                     Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.partner(PARTNER)))));
    }

    private static Arguments customer(String description, int status, String code,
                                      Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code,
                r -> call.apply(r.auth().oauth2(Tokens.customerWithoutAccount("bad-input-person")))));
    }

    private static Arguments anonymous(String description, int status, String code,
                                       Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call::apply));
    }
}
