package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the access configuration, business information and payment agreement operations: every case
 * gets a CBC 4xx body with a request id, never a 5xx and never anything internal.
 */
@QuarkusTest
class AccessBusinessBadInputTest {

    private static String owner;

    record Case(int status, String code, Function<RequestSpecification, Response> call) {
    }

    static Stream<Arguments> badRequests() {
        String huge = "x".repeat(10_000);
        String capabilities = "/v2/partners/{id}/access-configuration/capabilities";
        String bucket = "/v2/partners/{id}/access-configuration/obs-bucket";
        String xaccountType = "/v2/partners/{id}/access-configuration/xaccount-type";
        String business = "/v2/partners/{id}/business-information";
        String review = "/v2/partners/{id}/business-information/review";
        String agreements = "/v2/partners/{id}/payment-agreements";
        return Stream.of(
                // capabilities
                partner("capabilities: malformed JSON", 400, "CBC.0100", r -> r.body("{\"real_name_attachment_upload\":").put(capabilities, owner())),
                partner("capabilities: empty object", 400, "CBC.0101", r -> r.body("{}").put(capabilities, owner())),
                partner("capabilities: empty body", 400, "CBC.0101", r -> r.put(capabilities, owner())),
                partner("capabilities: string instead of boolean", 400, "CBC.0101", r -> r.body(Map.of("real_name_attachment_upload", "yes")).put(capabilities, owner())),
                partner("capabilities: number instead of boolean", 400, "CBC.0101", r -> r.body(Map.of("real_name_attachment_upload", 1)).put(capabilities, owner())),
                partner("capabilities: array body", 400, "CBC.0101", r -> r.body("[]").put(capabilities, owner())),
                partner("capabilities: text/plain", 415, "CBC.91000003", r -> r.contentType(ContentType.TEXT).body("true").put(capabilities, owner())),
                // OBS bucket
                partner("bucket: missing fields", 400, "CBC.0101", r -> r.body("{}").put(bucket, owner())),
                partner("bucket: name is a number", 400, "CBC.0101", r -> r.body(Map.of("bucket_name", 42, "region", "cn-north-4")).put(bucket, owner())),
                partner("bucket: region is an object", 400, "CBC.0101", r -> r.body(Map.of("bucket_name", "abc-def", "region", Map.of("a", 1))).put(bucket, owner())),
                partner("bucket: name 10,000 characters", 400, "CBC.0100", r -> r.body(Map.of("bucket_name", huge, "region", "cn-north-4")).put(bucket, owner())),
                partner("bucket: region 10,000 characters", 400, "CBC.0100", r -> r.body(Map.of("bucket_name", "abc-def", "region", huge)).put(bucket, owner())),
                partner("bucket: name with upper case", 400, "CBC.91004001", r -> r.body(Map.of("bucket_name", "ABC-def", "region", "cn-north-4")).put(bucket, owner())),
                partner("bucket: name with a path", 400, "CBC.91004001", r -> r.body(Map.of("bucket_name", "../etc", "region", "cn-north-4")).put(bucket, owner())),
                partner("bucket: unknown region", 400, "CBC.91004003", r -> r.body(Map.of("bucket_name", "abc-def", "region", "mars-1")).put(bucket, owner())),
                partner("bucket: blank name", 400, "CBC.0101", r -> r.body(Map.of("bucket_name", "  ", "region", "cn-north-4")).put(bucket, owner())),
                // xaccount_type (operator)
                operator("xaccount_type: missing", 400, "CBC.0101", r -> r.body("{}").put(xaccountType, owner())),
                operator("xaccount_type: 65 characters", 400, "CBC.0100", r -> r.body(Map.of("xaccount_type", "a".repeat(65))).put(xaccountType, owner())),
                operator("xaccount_type: spaces and quotes", 400, "CBC.0100", r -> r.body(Map.of("xaccount_type", "a b'; drop")).put(xaccountType, owner())),
                operator("xaccount_type: number", 400, "CBC.0101", r -> r.body(Map.of("xaccount_type", 7)).put(xaccountType, owner())),
                // business information
                partner("business: malformed JSON", 400, "CBC.0100", r -> r.body("{\"bank_name\": \"x\",").put(business, owner())),
                partner("business: all fields missing", 400, "CBC.0101", r -> r.body("{}").put(business, owner())),
                partner("business: tax rate above 1", 400, "CBC.0100", r -> r.body(businessWith("tax_rate", 1.5)).put(business, owner())),
                partner("business: tax rate negative", 400, "CBC.0100", r -> r.body(businessWith("tax_rate", -0.01)).put(business, owner())),
                partner("business: tax rate 5 decimals", 400, "CBC.0100", r -> r.body(businessWith("tax_rate", new java.math.BigDecimal("0.06001"))).put(business, owner())),
                partner("business: tax rate as a string", 400, "CBC.0101", r -> r.body(businessWith("tax_rate", "0.06")).put(business, owner())),
                partner("business: tax rate huge number", 400, "CBC.0100", r -> r.body("{\"contracting_entity\":\"A\",\"bank_name\":\"B\",\"bank_account_number\":\"6222020200112233445\",\"account_holder_name\":\"C\",\"tax_rate\":1e400}").put(business, owner())),
                partner("business: bank account with letters", 400, "CBC.0100", r -> r.body(businessWith("bank_account_number", "6222-0202-ABCD")).put(business, owner())),
                partner("business: bank account too short", 400, "CBC.0100", r -> r.body(businessWith("bank_account_number", "1234")).put(business, owner())),
                partner("business: bank account as a number", 400, "CBC.0101", r -> r.body(businessWith("bank_account_number", 6222020200112233445L)).put(business, owner())),
                partner("business: contracting entity 10,000 characters", 400, "CBC.0100", r -> r.body(businessWith("contracting_entity", huge)).put(business, owner())),
                partner("business: bank name blank", 400, "CBC.0101", r -> r.body(businessWith("bank_name", " ")).put(business, owner())),
                operator("review: unknown result", 400, "CBC.0101", r -> r.body(Map.of("result", "MAYBE")).post(review, owner())),
                operator("review: result missing", 400, "CBC.0101", r -> r.body("{}").post(review, owner())),
                operator("review: opinion 10,000 characters", 400, "CBC.0100", r -> r.body(Map.of("result", "REJECTED", "opinion", huge)).post(review, owner())),
                operator("review: nothing pending", 400, "CBC.91004011", r -> r.body(Map.of("result", "APPROVED")).post(review, owner())),
                // payment agreements
                partner("agreements: not real-name verified", 400, "CBC.91004020", r -> r.post(agreements, owner())),
                partner("agreements: Idempotency-Key of 65 characters", 400, "CBC.0100", r -> r.header("Idempotency-Key", "k".repeat(65)).post(agreements, owner())),
                partner("agreements: paging limit 0", 400, "CBC.0100", r -> r.queryParam("limit", 0).get(agreements, owner())),
                partner("agreements: paging limit 101", 400, "CBC.0100", r -> r.queryParam("limit", 101).get(agreements, owner())),
                partner("agreements: paging offset -1", 400, "CBC.0100", r -> r.queryParam("offset", -1).get(agreements, owner())),
                partner("agreements: paging limit not a number", 400, "CBC.0100", r -> r.queryParam("limit", "ten").get(agreements, owner())),
                partner("agreements: contract id not a UUID", 404, "CBC.91004021", r -> r.get(agreements + "/{cid}/pdf", owner(), "'; select 1")),
                partner("agreements: unknown contract id", 404, "CBC.91004021", r -> r.get(agreements + "/{cid}/pdf", owner(), "00000000-0000-0000-0000-000000000000")),
                partner("agreements: unsupported method", 405, "CBC.91000002", r -> r.delete(agreements, owner())),
                // unknown partner, unauthenticated
                operator("unknown partner", 404, "CBC.91001001", r -> r.get("/v2/partners/{id}/access-configuration", "no-such-partner")),
                anonymous("no token", 401, "CBC.0154", r -> r.get("/v2/partners/{id}/business-information", owner())),
                anonymous("expired token", 401, "CBC.0154", r -> r.auth().oauth2(Tokens.expiredPartner(owner())).post(agreements, owner())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void answersWithACbcClientError(String description, Case expected) {
        Response response = expected.call().apply(given().contentType(ContentType.JSON));

        CbcAssertions.assertCbcError(description, response, expected.status(), expected.code());
    }

    private static Arguments partner(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.partner(owner())))));
    }

    private static Arguments operator(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, r -> call.apply(r.auth().oauth2(Tokens.operator()))));
    }

    private static Arguments anonymous(String description, int status, String code, Function<RequestSpecification, Response> call) {
        return Arguments.of(description, new Case(status, code, call));
    }

    /** A registered partner without real-name approval and without business information (registered on first use). */
    private static synchronized String owner() {
        if (owner == null) {
            owner = AccessBusinessTestApi.registeredPartner();
        }
        return owner;
    }

    private static Map<String, Object> businessWith(String field, Object value) {
        Map<String, Object> body = new HashMap<>(AccessBusinessTestApi.businessInformation("6222020200112233445"));
        body.put(field, value);
        return body;
    }
}
