package com.acmecloud.partnercenter.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What front-end teams read about programs: the error codes, the PDF, the public verification, the rule split. */
@QuarkusTest
class ProgramsOpenApiTest {

    @Test
    void programOperationsAreDocumented() {
        String review = "paths.'/v2/partners/{partner_id}/program-applications/{application_id}/review'.post";
        String apply = "paths.'/v2/partners/{partner_id}/program-applications'.post";
        String verification = "paths.'/v2/partners/certificates/verification'.get";
        String pdf = "paths.'/v2/partners/{partner_id}/certificates/{certificate_id}/pdf'.get";
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(review + ".responses.'400'.content.'application/json'.examples", hasKey("CBC.91002003"))
                .body(review + ".responses.'404'.content.'application/json'.examples", hasKey("CBC.91002001"))
                .body(apply + ".responses.'400'.content.'application/json'.examples", hasKey("CBC.91002004"))
                // which rule-4 checks are enforced here and which belong to other services
                .body(apply + ".description", allOf(containsString("rule 4"), containsString("billing-gateway"),
                        containsString("arrears")))
                .body(pdf + ".responses.'200'.content", hasKey("application/pdf"))
                .body(pdf + ".responses.'404'.content.'application/json'.examples", hasKey("CBC.91002006"))
                // public: no token, so no 401
                .body(verification + ".responses", not(hasKey("401")))
                .body("components.schemas.CertificateVerification.properties.keySet()",
                        equalTo(java.util.Set.of("certificate_number", "genuine", "valid")))
                .body("paths.'/v2/partners/indirect-partners/query'.post.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.0100"))
                .body("components.schemas.QueryIndirectPartnersResponse.properties", hasKey("count"))
                .body("components.schemas.QueryIndirectPartnersResponse.properties", hasKey("total_count"))
                .body("components.schemas.Partner.properties", hasKey("status"))
                .body("paths.'/v2/partners/{partner_id}/status'.put.responses.'400'.content.'application/json'.examples",
                        hasKey("CBC.91002005"));
    }
}
