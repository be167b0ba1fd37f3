package com.acmecloud.partnercenter.customer.associations.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lifecycle operations document their codes, and a switch request is safe to retry with an Idempotency-Key. */
@QuarkusTest
class LifecycleApiContractTest {

    @Test
    void theOperationsDocumentTheirErrorCodes() {
        String errors = "responses.'400'.content.'application/json'.examples";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/v2/partners/sub-customers/{customer_id}/association-type-changes'.post." + errors,
                        hasKey("CBC.91005055"))
                .body("paths.'/v2/partners/sub-customers/{customer_id}/disassociate'.post." + errors,
                        hasKey("CBC.91005057"))
                .body("paths.'/v2/partners/sub-customers/freeze'.post." + errors, hasKey("CBC.99000037"))
                .body("paths.'/v2/partners/sub-customers/unfreeze'.post.responses", hasKey("200"))
                .body("paths.'/v2/partners/sub-customers/association-type-changes'.get.responses", hasKey("200"))
                .body("paths.'/v2/customers/association/disassociate'.post." + errors, hasKey("CBC.91005056"))
                .body("paths.'/v2/customers/association-type-changes/{request_id}/confirm'.post.responses.'404'"
                        + ".content.'application/json'.examples", hasKey("CBC.91005050"));
    }

    @Test
    void aRetriedSwitchRequestReplaysTheFirstAnswer() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        String path = "/v2/partners/sub-customers/{id}/association-type-changes";

        String first = as(Tokens.partner(partner)).header("Idempotency-Key", "switch-" + customer)
                .body(Map.of("association_type", "1")).post(path, customer).then().statusCode(200)
                .extract().path("request_id");
        as(Tokens.partner(partner)).header("Idempotency-Key", "switch-" + customer)
                .body(Map.of("association_type", "1")).post(path, customer).then().statusCode(200)
                .header("Idempotency-Replayed", equalTo("true"))
                .body("request_id", equalTo(first));
        as(Tokens.partner(partner)).header("Idempotency-Key", "switch-" + customer)
                .body(Map.of("association_type", "2")).post(path, customer).then().statusCode(400)
                .body("error_code", equalTo("CBC.99007009"));
    }
}
