package com.acmecloud.partnercenter.customer.realname.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists the real-name and consent operations with their CBC codes and tags. */
@QuarkusTest
class RealNameContractTest {

    private static final String EXAMPLES_400 = ".responses.'400'.content.'application/json'.examples";

    @Test
    void operationsDocumentTheirErrorCodes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v2/customers/realname-auths/individual'.post" + EXAMPLES_400, hasKey("CBC.99005030"))
                .body("paths.'/v2/customers/realname-auths/individual'.post" + EXAMPLES_400, hasKey("CBC.91005030"))
                .body("paths.'/v2/customers/realname-auths/enterprise'.post" + EXAMPLES_400, hasKey("CBC.99007188"))
                .body("paths.'/v2/customers/realname-auths/enterprise'.put" + EXAMPLES_400, hasKey("CBC.91005032"))
                .body("paths.'/v2/customers/realname-auths/result'.get.responses.'404'.content.'application/json'.examples",
                        hasKey("CBC.91005031"))
                .body("paths.'/v2/customers/realname-auths/{auth_id}/review'.post.responses.'404'.content.'application/json'.examples",
                        hasKey("CBC.91005033"))
                .body("paths.'/v2/customers/realname-auths/reviews'.get.tags", hasItem("Customer real-name review"))
                .body("paths.'/v2/partners/sub-customers/privacy-consents'.post" + EXAMPLES_400, hasKey("CBC.99000035"))
                .body("paths.'/v2/customers/privacy-consents'.post.responses.'404'.content.'application/json'.examples",
                        hasKey("CBC.91005002"))
                .body("paths.'/v2/bases/verificationcode/send'.post" + EXAMPLES_400, hasKey("CBC.99000035"));
    }
}
