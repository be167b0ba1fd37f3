package com.acmecloud.partnercenter.customer.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

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

    @Test
    void aWrongMethodIsA405() {
        given().auth().oauth2(Tokens.partner(Tokens.newPartnerId())).get("/v2/partners/sub-customers/query")
                .then().statusCode(405).body("error_code", equalTo("CBC.91000002"));
    }
}
