package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.CUSTOMER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.ENTERPRISE;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.INDIVIDUAL;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.PARTNER_CONSENTS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.RESULT;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.REVIEWS;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed, mistyped, oversized and unknown input to the real-name and consent APIs: a CBC 4xx, never a 5xx. */
@QuarkusTest
class RealNameBadInputTest {

    private static final String PARTNER = Tokens.newPartnerId();

    /** The partner is known to customer-service as registered (every partner operation requires it). */
    @BeforeEach
    void registerPartner() {
        register(PARTNER, PLATFORM);
    }
    private static final String CUSTOMER = "c-" + Tokens.newPartnerId();
    private static final String REVIEW = "/v2/customers/realname-auths/%s/review";

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                partner("individual body malformed", 400, "CBC.0100", r -> r.body("{\"customer_id\":").post(INDIVIDUAL)),
                partner("individual without body", 400, "CBC.0101", r -> r.post(INDIVIDUAL)),
                partner("individual body an array", 400, "CBC.0101", r -> r.body("[]").post(INDIVIDUAL)),
                partner("individual without customer_id", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "customer_id", null)).post(INDIVIDUAL)),
                partner("individual without identify_type", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "identify_type", null)).post(INDIVIDUAL)),
                partner("individual identify_type a string", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "identify_type", "0")).post(INDIVIDUAL)),
                partner("individual identify_type a fraction", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "identify_type", 0.5)).post(INDIVIDUAL)),
                partner("individual identify_type 7", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "identify_type", 7)).post(INDIVIDUAL)),
                partner("individual verified_type 4", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "verified_type", 4)).post(INDIVIDUAL)),
                partner("individual verified_file_url a string", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "verified_file_url", "a.jpg")).post(INDIVIDUAL)),
                partner("individual verified_file_url of numbers", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "verified_file_url", List.of(1, 2, 3))).post(INDIVIDUAL)),
                partner("individual verified_file_url empty", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "verified_file_url", List.of())).post(INDIVIDUAL)),
                partner("individual verified_file_url of 10 000 entries", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "verified_file_url", Collections.nCopies(10_000, "a.jpg"))).post(INDIVIDUAL)),
                partner("individual file path of 5 000 characters", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "verified_file_url", List.of("a.jpg", "b".repeat(5_000) + ".jpg", "c.jpg"))).post(INDIVIDUAL)),
                partner("individual without name", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "name", null)).post(INDIVIDUAL)),
                partner("individual name of 10 000 characters", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "name", "n".repeat(10_000))).post(INDIVIDUAL)),
                partner("individual verified_number with spaces", 400, "CBC.0100", r -> r.body(individual(CUSTOMER, "verified_number", "12 34")).post(INDIVIDUAL)),
                partner("individual bank_card_info a string", 400, "CBC.0101", r -> r.body(individual(CUSTOMER, "bank_card_info", "card")).post(INDIVIDUAL)),
                partner("individual customer_id of 65 characters", 400, "CBC.0100", r -> r.body(individual("c".repeat(65))).post(INDIVIDUAL)),
                partner("individual Idempotency-Key of 65 characters", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).body(individual(CUSTOMER)).post(INDIVIDUAL)),
                partner("individual as text/plain", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("x").post(INDIVIDUAL)),
                partner("individual with GET", 405, "CBC.91000002", r -> r.get(INDIVIDUAL)),
                partner("individual with DELETE", 405, "CBC.91000002", r -> r.delete(INDIVIDUAL)),
                partner("enterprise without certificate_type", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "certificate_type", null)).post(ENTERPRISE)),
                partner("enterprise certificate_type a string", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "certificate_type", "0")).post(ENTERPRISE)),
                partner("enterprise without corp_name", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "corp_name", null)).post(ENTERPRISE)),
                partner("enterprise reg_country of 3 letters", 400, "CBC.0100", r -> r.body(enterprise(CUSTOMER, "reg_country", "CHN")).post(ENTERPRISE)),
                partner("enterprise reg_country a number", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "reg_country", 86)).post(ENTERPRISE)),
                partner("enterprise enterprise_person an array", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "enterprise_person", List.of())).post(ENTERPRISE)),
                partner("enterprise 5 files", 400, "CBC.0100", r -> r.body(enterprise(CUSTOMER, "verified_file_url", Collections.nCopies(5, "a.jpg"))).post(ENTERPRISE)),
                partner("enterprise file a URL", 400, "CBC.0100", r -> r.body(enterprise(CUSTOMER, "verified_file_url", List.of("http://x/a.jpg"))).post(ENTERPRISE)),
                partner("enterprise file .exe", 400, "CBC.99000100", r -> r.body(enterprise(CUSTOMER, "verified_file_url", List.of("a.exe"))).post(ENTERPRISE)),
                partner("change change_type 3", 400, "CBC.0100", r -> r.body(enterprise(CUSTOMER, "change_type", 3)).put(ENTERPRISE)),
                partner("change change_type a string", 400, "CBC.0101", r -> r.body(enterprise(CUSTOMER, "change_type", "1")).put(ENTERPRISE)),
                partner("change with PATCH", 405, "CBC.91000002", r -> r.body(enterprise(CUSTOMER)).patch(ENTERPRISE)),
                partner("result without customer_id", 400, "CBC.0101", r -> r.get(RESULT)),
                partner("result with POST", 405, "CBC.91000002", r -> r.body(Map.of()).post(RESULT)),
                partner("partner consent without body", 400, "CBC.0101", r -> r.post(PARTNER_CONSENTS)),
                partner("partner consent without consented_at", 400, "CBC.0101", r -> r.body(Map.of("customer_id", CUSTOMER, "text_version", "v1")).post(PARTNER_CONSENTS)),
                partner("partner consent consented_at a number", 400, "CBC.0101", r -> r.body(Map.of("customer_id", CUSTOMER, "text_version", "v1", "consented_at", 1700000000)).post(PARTNER_CONSENTS)),
                partner("partner consent consented_at local time", 400, "CBC.0100", r -> r.body(Map.of("customer_id", CUSTOMER, "text_version", "v1", "consented_at", "2026-01-01T08:00:00+08:00")).post(PARTNER_CONSENTS)),
                partner("partner consent text_version with spaces", 400, "CBC.0100", r -> r.body(Map.of("customer_id", CUSTOMER, "text_version", "version 1", "consented_at", "2026-01-01T00:00:00Z")).post(PARTNER_CONSENTS)),
                partner("partner consent text_version of 1000 characters", 400, "CBC.0100", r -> r.body(Map.of("customer_id", CUSTOMER, "text_version", "v".repeat(1000), "consented_at", "2026-01-01T00:00:00Z")).post(PARTNER_CONSENTS)),
                partner("partner consents without customer_id", 400, "CBC.0101", r -> r.get(PARTNER_CONSENTS)),
                partner("partner consents limit 0", 400, "CBC.0100", r -> r.queryParam("customer_id", CUSTOMER).queryParam("limit", 0).get(PARTNER_CONSENTS)),
                partner("partner consents with DELETE", 405, "CBC.91000002", r -> r.delete(PARTNER_CONSENTS)),
                customer("customer consent without text_version", 400, "CBC.0101", r -> r.body(Map.of()).post(CUSTOMER_CONSENTS)),
                customer("customer consent text_version a number", 400, "CBC.0101", r -> r.body(Map.of("text_version", 2)).post(CUSTOMER_CONSENTS)),
                customer("customer consents offset abc", 400, "CBC.0100", r -> r.queryParam("offset", "abc").get(CUSTOMER_CONSENTS)),
                operator("reviews status unknown", 400, "CBC.0100", r -> r.queryParam("status", "PENDING").get(REVIEWS)),
                operator("reviews limit 101", 400, "CBC.0100", r -> r.queryParam("limit", 101).get(REVIEWS)),
                operator("review result unknown", 400, "CBC.0100", r -> r.body(Map.of("result", "MAYBE")).post(REVIEW.formatted("6c9a3f0e-0000-4000-8000-000000000000"))),
                operator("review result missing", 400, "CBC.0101", r -> r.body(Map.of()).post(REVIEW.formatted("6c9a3f0e-0000-4000-8000-000000000000"))),
                operator("review result a boolean", 400, "CBC.0101", r -> r.body(Map.of("result", true)).post(REVIEW.formatted("6c9a3f0e-0000-4000-8000-000000000000"))),
                operator("review opinion of 501 characters", 400, "CBC.0100", r -> r.body(Map.of("result", "REJECTED", "opinion", "o".repeat(501))).post(REVIEW.formatted("6c9a3f0e-0000-4000-8000-000000000000"))),
                operator("review of an unknown submission", 404, "CBC.91005033", r -> r.body(Map.of("result", "APPROVED")).post(REVIEW.formatted("6c9a3f0e-0000-4000-8000-000000000000"))),
                anonymous("individual without a token", 401, "CBC.0154", r -> r.body(individual(CUSTOMER)).post(INDIVIDUAL)),
                anonymous("consent with an expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(PARTNER)).body(Map.of()).post(PARTNER_CONSENTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        assertCbcError(description, expected.call().apply(given().contentType(ContentType.JSON)), expected.status(),
                expected.code());
    }

    private static Arguments partner(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.partner(PARTNER)))));
    }

    private static Arguments customer(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.customer(CUSTOMER)))));
    }

    private static Arguments operator(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.operator()))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }
}
