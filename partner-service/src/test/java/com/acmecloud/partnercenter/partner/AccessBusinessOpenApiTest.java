package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists the CBC codes of the access, business information and payment agreement operations. */
@QuarkusTest
class AccessBusinessOpenApiTest {

    @Test
    void operationsDocumentTheirErrorCodesAndThePdf() {
        String base = "paths.'/v2/partners/{partner_id}";
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(base + "/access-configuration/obs-bucket'.put.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.91004002"))
                .body(base + "/access-configuration/obs-bucket'.put.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.91004003"))
                .body(base + "/access-configuration/xaccount-type'.put.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.91004004"))
                .body(base + "/business-information/review'.post.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.91004011"))
                .body(base + "/payment-agreements'.post.responses.'400'.content.'application/json'.examples.'CBC.91004020'.value.error_code",
                        equalTo("CBC.91004020"))
                .body(base + "/payment-agreements/{contract_id}/pdf'.get.responses.'200'.content", hasKey("application/pdf"))
                .body(base + "/payment-agreements/{contract_id}/pdf'.get.responses.'404'.content.'application/json'.examples",
                        hasKey("CBC.91004021"))
                .body("components.schemas.SubmitBusinessInformationRequest.required",
                        hasItems("bank_account_number", "tax_rate"))
                .body("components.schemas.BindObsBucketRequest.properties", hasKey("bucket_name"));
    }
}
