package com.acmecloud.partnercenter.incentive.policies;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Base incentive rates as data (seed 10): operators add versions of a program's tiers, partners read the version in
 * force at a month's last second; unusable tiers are refused with CBC.91007001 and store nothing.
 */
@QuarkusTest
class BaseRateApiTest {

    private static Map<String, Object> tier(String name, String min, String rate) {
        return Map.of("tier_name", name, "min_performance", min, "rate", rate);
    }

    private static io.restassured.response.Response create(String program, String effectiveFrom, List<?> tiers) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("program", program, "effective_from", effectiveFrom, "reason", "test", "tiers", tiers))
                .post("/v2/operations/incentive-base-rates");
    }

    /** A body with numbers as JSON numbers (the wire format does not coerce strings). */
    private static List<Map<String, Object>> tiers(Object... triples) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            list.add(Map.of("tier_name", triples[i], "min_performance", new java.math.BigDecimal((String) triples[i + 1]),
                    "rate", new java.math.BigDecimal((String) triples[i + 2])));
        }
        return list;
    }

    @Test
    void aProgramsTiersAreVersionedAndReadAsOfTheMonth() {
        // effective in a year of its own, so other tests' versions do not interfere
        create("DISTRIBUTOR", "2031-01-01T00:00:00Z", tiers("BASE", "0", "0.0100", "SILVER", "50000.00", "0.0200"))
                .then().statusCode(201).body("rate_tables[0].version", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        create("DISTRIBUTOR", "2031-06-30T16:00:00Z", tiers("BASE", "0", "0.0150", "SILVER", "50000.00", "0.0250",
                "GOLD", "200000.00", "0.0350")).then().statusCode(201);

        JsonPath june = given().auth().oauth2(Tokens.partner(registeredPartner()))
                .queryParam("time", "2031-06").queryParam("program", "DISTRIBUTOR")
                .get("/v2/partners/incentives/base-rates").then().statusCode(200).extract().jsonPath();
        assertThat(june.getList("rate_tables[0].tiers.tier_name")).containsExactly("BASE", "SILVER");
        assertThat(new java.math.BigDecimal(june.getString("rate_tables[0].tiers[1].rate"))).isEqualByComparingTo("0.02");
        JsonPath july = given().auth().oauth2(Tokens.partner(registeredPartner()))
                .queryParam("time", "2031-07").queryParam("program", "DISTRIBUTOR")
                .get("/v2/partners/incentives/base-rates").then().statusCode(200).extract().jsonPath();
        assertThat(july.getList("rate_tables[0].tiers.tier_name")).containsExactly("BASE", "SILVER", "GOLD");
        assertThat(new java.math.BigDecimal(july.getString("rate_tables[0].tiers[2].min_performance")))
                .isEqualByComparingTo("200000");
        assertThat(july.getInt("rate_tables[0].tiers[2].tier")).isEqualTo(3);
    }

    @Test
    void unusableTiersAreRefusedAndStoreNothing() {
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", tiers("LOW", "100.00", "0.0100"))
                .then().statusCode(400).body("error_code", equalTo("CBC.91007001"));
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", tiers("A", "0", "0.0100", "B", "0", "0.0200"))
                .then().statusCode(400).body("error_code", equalTo("CBC.91007001"));
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", tiers("A", "0", "0.0100", "A", "10.00", "0.0200"))
                .then().statusCode(400).body("error_code", equalTo("CBC.91007001"));
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", tiers("A", "0", "1.5000"))
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", tiers("A", "0", "0.00001"))
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        create("NO_SUCH_PROGRAM", "2032-01-01T00:00:00Z", tiers("A", "0", "0.0100"))
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"));
        create("CLOUD_RESELLER", "yesterday", tiers("A", "0", "0.0100"))
                .then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("effective_from"));
        create("CLOUD_RESELLER", "2032-01-01T00:00:00Z", List.of())
                .then().statusCode(400);
        given().auth().oauth2(Tokens.partner(registeredPartner())).contentType(ContentType.JSON)
                .body(Map.of("program", "CLOUD_RESELLER", "effective_from", "2032-01-01T00:00:00Z",
                        "tiers", tiers("A", "0", "0.0100")))
                .post("/v2/operations/incentive-base-rates").then().statusCode(403)
                .body("error_code", equalTo("CBC.0151"));

        given().auth().oauth2(Tokens.operator()).queryParam("time", "2032-02").queryParam("program", "CLOUD_RESELLER")
                .get("/v2/partners/incentives/base-rates").then().statusCode(200).body("total_count", equalTo(0));
        given().auth().oauth2(Tokens.operator()).queryParam("time", "2032-02").queryParam("program", "GOLD")
                .get("/v2/partners/incentives/base-rates").then().statusCode(400)
                .body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("program"));
    }
}
