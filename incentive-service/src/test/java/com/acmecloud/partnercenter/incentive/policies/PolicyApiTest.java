package com.acmecloud.partnercenter.incentive.policies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.acmecloud.partnercenter.platform.test.Tokens;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rule 61 through the API: operators add policy versions, partners read the one in force at the last second of a
 * month (GMT+8); nothing is edited in place, so a past month keeps its answer; bad input is a CBC 400 that stores
 * nothing.
 */
@QuarkusTest
class PolicyApiTest {

    static String serviceType() {
        return "hws.service.type.t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static JsonPath addVersion(String serviceType, int policy, String allowDiscount, String effectiveFrom) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("service_type_code", serviceType, "service_type_name", "Test service " + serviceType,
                        "incentive_policy", policy, "allow_discount", allowDiscount, "effective_from", effectiveFrom,
                        "reason", "test"))
                .post("/v2/operations/incentive-discount-policies")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath policies(String time, String serviceType) {
        return given().auth().oauth2(Tokens.partner(registeredPartner()))
                .queryParam("time", time).queryParam("service_type_code", serviceType)
                .get("/v2/products/incentive-discount-policies")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aMonthGetsThePolicyInForceAtItsLastSecondGmt8() {
        String type = serviceType();
        addVersion(type, 0, "YES", "2026-01-01T00:00:00Z");
        // 2026-03-31T23:59:59+08:00 is 2026-03-31T15:59:59Z: a version from that second counts for March ...
        addVersion(type, 13, "NO", "2026-03-31T15:59:59Z");
        // ... one from the next second only for April
        addVersion(type, 2, "NO", "2026-03-31T16:00:00Z");

        JsonPath february = policies("2026-02", type);
        assertThat(february.getInt("total_count")).isEqualTo(1);
        assertThat(february.getString("policies[0].incentive_policy")).isEqualTo("0");
        assertThat(february.getString("policies[0].allow_discount")).isEqualTo("YES");
        assertThat(february.getString("policies[0].service_type_name")).isEqualTo("Test service " + type);
        assertThat(policies("2026-03", type).getString("policies[0].incentive_policy")).isEqualTo("13");
        assertThat(policies("2026-04", type).getString("policies[0].incentive_policy")).isEqualTo("2");
        assertThat(policies("2025-12", type).getList("policies")).isEmpty();
    }

    @Test
    void aCorrectionIsANewVersionAndTheHistoryKeepsEveryVersion() {
        String type = serviceType();
        JsonPath first = addVersion(type, 0, "YES", "2026-05-01T00:00:00Z");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(first.getString("created_by")).isEqualTo("operator-1");
        // a correction from the same instant: version 2 wins for the months it covers, version 1 stays on record
        JsonPath second = addVersion(type, 1, "NO", "2026-05-01T00:00:00Z");
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(policies("2026-06", type).getString("policies[0].incentive_policy")).isEqualTo("1");

        given().auth().oauth2(Tokens.operator()).get("/v2/operations/incentive-discount-policies/" + type + "/versions")
                .then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("versions.version", org.hamcrest.Matchers.contains(2, 1))
                .body("versions[1].incentive_policy", equalTo("0"));
    }

    @Test
    void pagingAndTheServiceTypeFilter() {
        String a = serviceType();
        addVersion(a, 0, "YES", "2026-01-01T00:00:00Z");
        String b = serviceType();
        addVersion(b, 1, "YES", "2026-01-01T00:00:00Z");
        JsonPath all = given().auth().oauth2(Tokens.partner(registeredPartner()))
                .queryParam("time", "2026-07").queryParam("limit", "100")
                .get("/v2/products/incentive-discount-policies").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("policies.service_type_code", String.class)).contains(a, b);
        int total = all.getInt("total_count");
        given().auth().oauth2(Tokens.partner(registeredPartner()))
                .queryParam("time", "2026-07").queryParam("offset", "1").queryParam("limit", "1")
                .get("/v2/products/incentive-discount-policies")
                .then().statusCode(200).body("total_count", equalTo(total)).body("policies", hasSize(1));
        assertThat(policies("2026-07", "hws.service.type.none").getInt("total_count")).isZero();
    }

    @Test
    void badQueriesAreCbc400s() {
        String partner = Tokens.partner(registeredPartner());
        given().auth().oauth2(partner).get("/v2/products/incentive-discount-policies")
                .then().statusCode(400).body("error_code", equalTo("CBC.0101"))
                .body("details[0].field", equalTo("time"));
        for (String time : new String[] {"2026-13", "2026-1", "202611", "2026-11-01"}) {
            given().auth().oauth2(partner).queryParam("time", time).get("/v2/products/incentive-discount-policies")
                    .then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                    .body("details[0].field", equalTo("time"));
        }
        given().auth().oauth2(partner).queryParam("time", "2026-11").queryParam("service_type_code", "EBS;drop")
                .get("/v2/products/incentive-discount-policies")
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("service_type_code"));
        given().auth().oauth2(partner).queryParam("time", "2026-11").queryParam("limit", "101")
                .get("/v2/products/incentive-discount-policies")
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        given().queryParam("time", "2026-11").get("/v2/products/incentive-discount-policies")
                .then().statusCode(401).body("error_code", equalTo("CBC.0154"));
    }

    @Test
    void badVersionsAreRefusedAndStoreNothing() {
        String type = serviceType();
        Map<String, Object> good = Map.of("service_type_code", type, "service_type_name", "X",
                "incentive_policy", 0, "allow_discount", "YES", "effective_from", "2026-01-01T00:00:00Z");
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "incentive_policy", 5, "allow_discount", "MAYBE", "effective_from", "2026-01-01",
                "service_type_code", "Has Spaces").entrySet()) {
            Map<String, Object> body = new java.util.HashMap<>(good);
            body.put(bad.getKey(), bad.getValue());
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                    .post("/v2/operations/incentive-discount-policies")
                    .then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                    .body("details[0].field", equalTo(bad.getKey()));
        }
        Map<String, Object> missing = new java.util.HashMap<>(good);
        missing.remove("incentive_policy");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(missing)
                .post("/v2/operations/incentive-discount-policies")
                .then().statusCode(400).body("error_code", equalTo("CBC.0101"));
        // a partner may read policies but not add them
        given().auth().oauth2(Tokens.partner(registeredPartner())).contentType(ContentType.JSON).body(good)
                .post("/v2/operations/incentive-discount-policies")
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        assertThat(policies("2026-02", type).getInt("total_count")).isZero();
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstVersionInsteadOfAddingAnother() {
        String type = serviceType();
        Map<String, Object> body = Map.of("service_type_code", type, "service_type_name", "X",
                "incentive_policy", 0, "allow_discount", "YES", "effective_from", "2026-01-01T00:00:00Z");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).header("Idempotency-Key", type)
                    .body(body).post("/v2/operations/incentive-discount-policies")
                    .then().statusCode(201).body("version", equalTo(1));
        }
        given().auth().oauth2(Tokens.operator()).get("/v2/operations/incentive-discount-policies/" + type + "/versions")
                .then().statusCode(200).body("total_count", equalTo(1));
    }
}
