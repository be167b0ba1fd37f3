package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.setLabel;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Customer labels: a partner labels its own customers (PUT .../{customer_id}/label), the query shows them and
 * its {@code label} filter matches a part of them (prefix, suffix or middle, case-sensitive) as Huawei's does.
 */
@QuarkusTest
class SubCustomerLabelTest {

    private static final String LABEL_PATH = "/v2/partners/sub-customers/{id}/label";

    private static String newCustomer(String partner) {
        return create(partner, customer()).statusCode(200).extract().path("domain_id");
    }

    private static String name() {
        return "l_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    @Test
    void aLabelShowsInTheQueryAndTheFilterMatchesAPartOfItCaseSensitively() {
        String partner = registeredPartner();
        String north = newCustomer(partner);
        String south = newCustomer(partner);
        String unlabelled = newCustomer(partner);
        setLabel(partner, north, "Key-Account-North").statusCode(204);
        setLabel(partner, south, "key-account-south").statusCode(204);

        query(partner, Map.of("customer_id", north)).statusCode(200)
                .body("customer_infos[0].label", equalTo("Key-Account-North"));
        query(partner, Map.of("customer_id", unlabelled)).statusCode(200)
                .body("customer_infos[0].label", nullValue());
        query(partner, Map.of("label", "Key-")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(north));
        query(partner, Map.of("label", "-south")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(south));
        query(partner, Map.of("label", "account")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(south));
        query(partner, Map.of("label", "ccount-")).statusCode(200)
                .body("customer_infos.customer_id", containsInAnyOrder(north, south));
        query(partner, Map.of("label", "KEY-ACCOUNT")).statusCode(200).body("count", equalTo(0));
        // Huawei: an empty string is no filter
        query(partner, Map.of("label", "")).statusCode(200).body("count", equalTo(3));
    }

    @Test
    void theEmptyStringRemovesTheLabelAndSettingItAgainIsHarmless() {
        String partner = registeredPartner();
        String id = newCustomer(partner);
        setLabel(partner, id, "vip").statusCode(204);
        setLabel(partner, id, "vip").statusCode(204);
        query(partner, Map.of("label", "vip")).statusCode(200).body("count", equalTo(1));

        setLabel(partner, id, "").statusCode(204);

        query(partner, Map.of("customer_id", id)).statusCode(200).body("customer_infos[0].label", nullValue());
        query(partner, Map.of("label", "vip")).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void percentAndUnderscoreInTheFilterAreLiteralNotWildcards() {
        String partner = registeredPartner();
        String sale = newCustomer(partner);
        String plain = newCustomer(partner);
        setLabel(partner, sale, "50%_off").statusCode(204);
        setLabel(partner, plain, "50 off").statusCode(204);

        query(partner, Map.of("label", "%")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(sale));
        query(partner, Map.of("label", "_")).statusCode(200).body("count", equalTo(1));
        query(partner, Map.of("label", "50")).statusCode(200).body("count", equalTo(2));
    }

    @Test
    void sixtyFourCharactersOfAnyScriptAreALabel() {
        String partner = registeredPartner();
        String id = newCustomer(partner);
        String label = "重点客户".repeat(16);
        setLabel(partner, id, label).statusCode(204);
        query(partner, Map.of("label", "客户重点")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].label", equalTo(label));
    }

    @Test
    void theAccountNameFilterMatchesAPartOfTheLoginNameAsHuaweisDoes() {
        String partner = registeredPartner();
        String name = name();
        String id = create(partner, customer("domain_name", name)).statusCode(200).extract().path("domain_id");
        newCustomer(partner);

        query(partner, Map.of("account_name", name.substring(3, 15))).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(id));
        query(partner, Map.of("account_name", name)).statusCode(200).body("count", equalTo(1));
        query(partner, Map.of("account_name", name.toUpperCase())).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void aPartnerCannotLabelAnotherPartnersCustomerNorLearnWhetherItExists() {
        String owner = registeredPartner();
        String intruder = registeredPartner();
        String id = newCustomer(owner);
        setLabel(owner, id, "mine").statusCode(204);

        setLabel(intruder, id, "stolen").statusCode(400).body("error_code", equalTo("CBC.99000035"));
        setLabel(intruder, "no-such-customer", "x").statusCode(400).body("error_code", equalTo("CBC.99000035"));
        setLabel(intruder, id, "").statusCode(400).body("error_code", equalTo("CBC.99000035"));

        query(owner, Map.of("customer_id", id)).statusCode(200).body("customer_infos[0].label", equalTo("mine"));
        query(intruder, Map.of("label", "mine")).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void aDistributorLabelsItsLinkedResellersCustomersOnlyByNamingTheReseller() {
        String[] pair = distributorWithReseller();
        String[] other = distributorWithReseller();
        String id = create(pair[0], customer("indirect_partner_id", pair[1])).statusCode(200)
                .extract().path("domain_id");

        // its own scope does not hold the reseller's customers
        setLabel(pair[0], id, "x").statusCode(400).body("error_code", equalTo("CBC.99000035"));
        as(Tokens.partner(other[0])).body(Map.of("label", "x", "indirect_partner_id", pair[1]))
                .put(LABEL_PATH, id).then().statusCode(400).body("error_code", equalTo("CBC.99000037"));

        as(Tokens.partner(pair[0])).body(Map.of("label", "via-distributor", "indirect_partner_id", pair[1]))
                .put(LABEL_PATH, id).then().statusCode(204);

        query(pair[1], Map.of("label", "via-distributor")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(id));
        setLabel(pair[1], id, "by-reseller").statusCode(204);
    }

    @Test
    void theOpenApiDocumentListsTheLabelOperationsCodes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v2/partners/sub-customers/{customer_id}/label'.put.responses.'400'.content."
                        + "'application/json'.examples", hasKey("CBC.99000035"))
                .body("paths.'/v2/partners/sub-customers/{customer_id}/label'.put.tags", hasItem("Sub-customers"))
                .body("components.schemas.SubCustomerInfo.properties.customer_type.type", equalTo("integer"));
    }

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    private static final String OWNER = Tokens.newPartnerId();

    /** The partner is known to customer-service as registered (every partner operation requires it). */
    @BeforeEach
    void registerPartner() {
        register(OWNER, PLATFORM);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                partner("label of 65 characters", 400, "CBC.0100", id -> r -> r.body(Map.of("label", "x".repeat(65))).put(LABEL_PATH, id)),
                partner("label with a newline", 400, "CBC.0100", id -> r -> r.body(Map.of("label", "a\nb")).put(LABEL_PATH, id)),
                partner("label with a NUL", 400, "CBC.0100", id -> r -> r.body("{\"label\":\"a\\u0000b\"}").put(LABEL_PATH, id)),
                partner("label missing", 400, "CBC.0101", id -> r -> r.body(Map.of()).put(LABEL_PATH, id)),
                partner("label null", 400, "CBC.0101", id -> r -> r.body("{\"label\":null}").put(LABEL_PATH, id)),
                partner("label a number", 400, "CBC.0101", id -> r -> r.body(Map.of("label", 42)).put(LABEL_PATH, id)),
                partner("no body", 400, "CBC.0101", id -> r -> r.put(LABEL_PATH, id)),
                partner("body malformed", 400, "CBC.0100", id -> r -> r.body("{\"label\":").put(LABEL_PATH, id)),
                partner("indirect_partner_id of 65 characters", 400, "CBC.0100", id -> r -> r.body(Map.of("label", "x", "indirect_partner_id", "p".repeat(65))).put(LABEL_PATH, id)),
                partner("customer id of 300 characters", 400, "CBC.99000035", id -> r -> r.body(Map.of("label", "x")).put(LABEL_PATH, "c".repeat(300))),
                partner("as text/plain", 415, "CBC.91000003", id -> r -> r.contentType(ContentType.TEXT).body("x").put(LABEL_PATH, id)),
                partner("with GET", 405, "CBC.91000002", id -> r -> r.get(LABEL_PATH, id)),
                anonymous("without a token", 401, "CBC.0154", id -> r -> r.body(Map.of("label", "x")).put(LABEL_PATH, id)),
                anonymous("as an operator", 403, "CBC.0151", id -> r -> r.auth().oauth2(Tokens.operator()).body(Map.of("label", "x")).put(LABEL_PATH, id)),
                anonymous("as a customer", 403, "CBC.0151", id -> r -> r.auth().oauth2(Tokens.customer(id)).body(Map.of("label", "x")).put(LABEL_PATH, id)),
                anonymous("partner token naming no partner", 403, "CBC.91001003", id -> r -> r.auth().oauth2(Tokens.partnerWithoutPartnerId()).body(Map.of("label", "x")).put(LABEL_PATH, id)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestIsACbcClientErrorAndChangesNothing(String description, Function<String, Case> expected) {
        String id = newCustomer(OWNER);
        setLabel(OWNER, id, "before").statusCode(204);
        Case bad = expected.apply(id);

        assertCbcError(description, bad.call().apply(given().contentType(ContentType.JSON)), bad.status(), bad.code());

        query(OWNER, Map.of("customer_id", id)).statusCode(200).body("customer_infos[0].label", equalTo("before"));
    }

    private static Arguments partner(String description, int status, String code,
                                     Function<String, Function<RequestSpecification, Response>> call) {
        return Arguments.of(description, (Function<String, Case>) id -> new Case(status, code,
                r -> call.apply(id).apply(r.auth().oauth2(Tokens.partner(OWNER)))));
    }

    private static Arguments anonymous(String description, int status, String code,
                                       Function<String, Function<RequestSpecification, Response>> call) {
        return Arguments.of(description, (Function<String, Case>) id -> new Case(status, code, call.apply(id)));
    }
}
