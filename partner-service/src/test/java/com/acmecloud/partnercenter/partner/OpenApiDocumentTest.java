package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document front-end teams build from: snake_case schemas and every operation's CBC codes with examples. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void registrationDocumentsItsErrorCodesWithExamples() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v2/partners/registrations'.post.responses", hasKey("201"))
                .body("paths.'/v2/partners/registrations'.post.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.99000039"))
                .body("paths.'/v2/partners/registrations'.post.responses.'400'.content.'application/json'.examples.'CBC.91001002'.value.error_code",
                        equalTo("CBC.91001002"))
                .body("paths.'/v2/partners/registrations'.post.responses", hasKey("401"))
                .body("paths.'/v2/partners/registrations'.post.responses", hasKey("429"))
                .body("paths.'/v2/partners/registrations'.post.responses", hasKey("500"))
                .body("paths.'/v2/partners/registrations'.post.responses.'503'.content.'application/json'.examples",
                        hasKey("CBC.91000006"))
                .body("paths.'/v2/partners/registrations'.post.responses.'403'.content.'application/json'.examples",
                        hasKey("CBC.0155"))
                .body("paths.'/v2/partners/{partner_id}'.get.responses.'403'.content.'application/json'.examples",
                        hasKey("CBC.0150"))
                .body("components.schemas.CbcErrorResponse.properties", hasKey("error_code"))
                .body("components.schemas.RegisterPartnerRequest.properties", hasKey("company_name"))
                .body("components.schemas.RegisterPartnerRequest.required", hasItems("company_name", "xaccount_id"))
                .body("components.schemas.Partner.properties", hasKey("real_name_status"))
                .body("components.securitySchemes", notNullValue());
    }
}
