package com.acmecloud.partnercenter.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Control characters in any string a request carries (body, query, path) are 400 CBC.0100 naming the field, never
 * a PostgreSQL failure answered 500; tokens for another API or with malformed claims are refused.
 */
@QuarkusTest
class UntrustedInputTest {

    private static final String NUL = "\u0000";

    @Test
    void aNulInACreateBodyIs400NamingTheField() {
        Response response = CustomerTestApi.as(Tokens.partner(CustomerTestApi.registeredPartner()))
                .body(CustomerTestApi.customer("domain_name", "acme" + NUL + "corp"))
                .post("/v2/partners/sub-customers");

        CbcAssertions.assertCbcError("NUL in domain_name", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("domain_name");
    }

    @Test
    void aNulInAQueryFilterIs400NamingTheField() {
        Response response = CustomerTestApi.as(Tokens.partner(CustomerTestApi.registeredPartner()))
                .body(Map.of("account_name", "acme" + NUL))
                .post("/v2/partners/sub-customers/query");

        CbcAssertions.assertCbcError("NUL in account_name", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("account_name");
    }

    @Test
    void aNulInTheIdentityCheckIs400NamingTheField() {
        Response response = CustomerTestApi.as(Tokens.partner(CustomerTestApi.registeredPartner()))
                .body(Map.of("search_type", "name", "search_value", NUL))
                .post("/v2/partners/sub-customers/users/check-identity");

        CbcAssertions.assertCbcError("NUL in search_value", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("search_value");
    }

    @Test
    void aNulInAQueryParameterIs400NamingTheParameter() {
        Response response = given().urlEncodingEnabled(false).auth().oauth2(Tokens.partner(CustomerTestApi.registeredPartner()))
                .get("/v2/partners/sub-customers/association-type-changes?customer_id=a%00b&status=PENDING");

        CbcAssertions.assertCbcError("NUL in customer_id", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("customer_id");
    }

    @Test
    void aControlCharacterInAPathParameterIs400NamingTheParameter() {
        Response response = given().urlEncodingEnabled(false).auth().oauth2(Tokens.partner(CustomerTestApi.registeredPartner()))
                .contentType("application/json").body(Map.of("label", "vip"))
                .put("/v2/partners/sub-customers/c%1Bx/label");

        CbcAssertions.assertCbcError("ESC in customer_id", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("customer_id");
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        Response response = CustomerTestApi.as(Tokens.otherAudience(Tokens.newPartnerId()))
                .body(Map.of()).post("/v2/partners/sub-customers/query");

        CbcAssertions.assertCbcError("token for another API", response, 401, "CBC.0154");
    }

    @Test
    void aCustomerIdClaimOfMoreThan64CharactersIsRefused() {
        Response response = given().auth().oauth2(Tokens.customer("c".repeat(65))).get("/v2/customers/privacy-consents");

        CbcAssertions.assertCbcError("65-character customer_id", response, 403, "CBC.0155");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("customer_id");
    }
}
