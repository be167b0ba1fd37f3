package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a caller controls beyond the documented fields: control characters in any string (body, query, path) are
 * 400 CBC.0100 naming the field, and a token for another API or with a malformed partner_id or an over-long user
 * name is refused (401 CBC.0154 / 403 CBC.0155) before it reaches a database column.
 */
@QuarkusTest
class UntrustedInputTest {

    private static final String NUL = "\u0000";

    @Test
    void aNulInABodyFieldIs400NamingTheField() {
        String partnerId = Tokens.newPartnerId();
        Map<String, Object> body = new HashMap<>(PartnerTestApi.registration("x-" + partnerId));
        body.put("company_name", "Example" + NUL + " Co.");

        Response response = given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON)
                .body(body).post("/v2/partners/registrations");

        CbcAssertions.assertCbcError("NUL in company_name", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("company_name");
        assertThat(response.jsonPath().getString("details[0].error_code")).isEqualTo("CBC.0100");
    }

    @Test
    void aControlCharacterInAListElementNamesItsIndex() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);

        Response response = given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON)
                .body(Map.of("licence_number", "91440300MA5F00000X", "legal_person_name", "Zhang San",
                        "attachment_refs", List.of("a.jpg", "b\u0007.jpg")))
                .post("/v2/partners/{id}/real-name-auths", partnerId);

        CbcAssertions.assertCbcError("BEL in an attachment", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("attachment_refs[1]");
    }

    @Test
    void tabsAndLineBreaksStayAllowed() {
        String partnerId = Tokens.newPartnerId();
        Map<String, Object> body = new HashMap<>(PartnerTestApi.registration("x-" + partnerId));
        body.put("company_name", "Example\tCloud\r\nServices");

        given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON)
                .body(body).post("/v2/partners/registrations").then().statusCode(201);
    }

    @Test
    void aNulInAQueryParameterIs400NamingTheParameter() {
        Response response = given().urlEncodingEnabled(false)
                .get("/v2/partners/certificates/verification?certificate_number=HCPN%00-SP");

        CbcAssertions.assertCbcError("NUL in certificate_number", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("certificate_number");
    }

    @Test
    void aNulInAPathParameterIs400NamingTheParameter() {
        Response response = given().urlEncodingEnabled(false).auth().oauth2(Tokens.operator())
                .get("/v2/partners/abc%00def");

        CbcAssertions.assertCbcError("NUL in partner_id", response, 400, "CBC.0100");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("partner_id");
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);

        Response response = given().auth().oauth2(Tokens.otherAudience(partnerId)).get("/v2/partners/{id}", partnerId);

        CbcAssertions.assertCbcError("token for another API", response, 401, "CBC.0154");
    }

    @Test
    void aPartnerIdClaimOfMoreThan64CharactersIsRefused() {
        String longId = "p".repeat(65);

        Response response = given().auth().oauth2(Tokens.partnerWithClaim(longId)).contentType(ContentType.JSON)
                .body(PartnerTestApi.registration("x-long-claim")).post("/v2/partners/registrations");

        CbcAssertions.assertCbcError("65-character partner_id", response, 403, "CBC.0155");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("partner_id");
    }

    @Test
    void aPartnerIdClaimWithOtherCharactersIsRefused() {
        Response response = given().auth().oauth2(Tokens.partnerWithClaim("../other partner"))
                .get("/v2/partners/{id}/certificates", "x");

        CbcAssertions.assertCbcError("partner_id with '/' and a space", response, 403, "CBC.0155");
        assertThat(response.jsonPath().getString("details[0].field")).isEqualTo("partner_id");
    }

    @Test
    void aUserNameOf200CharactersIsRefused() {
        String partnerId = Tokens.newPartnerId();

        Response response = given().auth().oauth2(Tokens.partnerNamed(partnerId, "u".repeat(200)))
                .contentType(ContentType.JSON)
                .body(PartnerTestApi.registration("x-" + partnerId)).post("/v2/partners/registrations");

        CbcAssertions.assertCbcError("200-character user name", response, 403, "CBC.0155");
        assertThat(response.jsonPath().getList("details.field", String.class)).contains("user name");
    }
}
