package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OpenAPI document lists each operation's CBC codes, and a wrong method is a CBC 405. */
@QuarkusTest
class CustomerApiContractTest {

    @Test
    void subCustomerOperationsDocumentTheirErrorCodes() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v2/partners/sub-customers'.post.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.99000039"))
                .body("paths.'/v2/partners/sub-customers/query'.post.responses", hasKey("200"))
                .body("paths.'/v2/bases/verificationcode/send'.post.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.99004015"))
                .body("components.schemas.CbcErrorResponse.properties", hasKey("error_code"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /v2/partners/sub-customers/query",
            "GET, /v2/partners/sub-customers/freeze",
            "GET, /v2/partners/sub-customers/c1/disassociate",
            "PUT, /v2/partners/sub-customers/privacy-consents",
            "GET, /v2/partners/deal-registrations/query",
            "GET, /v2/partners/invitations/query",
            "GET, /v2/partners/public-pool/query",
            "DELETE, /v2/customers/invitations/abc",
            "GET, /v2/customers/invitations/abc/accept",
            "GET, /v2/customers/realname-auths/individual",
            "DELETE, /v2/customers/privacy-consents",
            "GET, /v2/customers/association/disassociate",
            "GET, /v2/bases/verificationcode/send"})
    void aWrongMethodIsA405(String method, String path) {
        given().auth().oauth2(Tokens.partner(registeredPartner())).contentType("application/json").body("{}")
                .request(method, path)
                .then().statusCode(405).body("error_code", equalTo("CBC.91000002"));
    }
}
