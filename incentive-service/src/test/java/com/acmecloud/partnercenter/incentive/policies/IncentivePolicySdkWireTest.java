package com.acmecloud.partnercenter.incentive.policies;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.IncentiveAndDiscountPolicy;
import com.huaweicloud.sdk.bss.v2.model.ListIncentiveDiscountPoliciesRequest;
import com.huaweicloud.sdk.bss.v2.model.ListIncentiveDiscountPoliciesResponse;
import com.huaweicloud.sdk.core.http.Field;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rule 61 as the official SDK ({@code huaweicloud-sdk-bss}) calls it: the method, path and query fields of
 * {@code BssMeta.listIncentiveDiscountPolicies}; the answer read into the SDK's response model with a mapper that
 * fails on any field the model does not know.
 */
@QuarkusTest
class IncentivePolicySdkWireTest {

    private static final ObjectMapper STRICT = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void theSdksModelsReadTheAnswer() throws Exception {
        String type = "hws.service.type.sdk" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("service_type_code", type, "service_type_name", "SDK service", "incentive_policy", 13,
                        "allow_discount", "NO", "effective_from", "2026-01-01T00:00:00Z"))
                .post("/v2/operations/incentive-discount-policies").then().statusCode(201);

        HttpRequestDef<ListIncentiveDiscountPoliciesRequest, ListIncentiveDiscountPoliciesResponse> operation =
                BssMeta.listIncentiveDiscountPolicies;
        ListIncentiveDiscountPoliciesRequest request = new ListIncentiveDiscountPoliciesRequest()
                .withTime("2026-11").withServiceTypeCode(type).withOffset(0).withLimit(10);
        RequestSpecification spec = given().header("X-Auth-Token", Tokens.partner(registeredPartner()));
        for (Field<ListIncentiveDiscountPoliciesRequest, ?> field : operation.getRequestFields()) {
            assertThat(field.getLocation().name()).as(field.getName()).isEqualTo("Query");
            field.readValue(request).ifPresent(value -> spec.queryParam(field.getName(), value));
        }
        assertThat(operation.getMethod().name()).isEqualTo("GET");
        String body = spec.request(operation.getMethod().name(), operation.getUri()).then().statusCode(200)
                .extract().asString();

        ListIncentiveDiscountPoliciesResponse response = STRICT.readValue(body,
                ListIncentiveDiscountPoliciesResponse.class);
        assertThat(response.getTotalCount()).isEqualTo(1);
        IncentiveAndDiscountPolicy policy = response.getPolicies().get(0);
        assertThat(policy.getServiceTypeCode()).isEqualTo(type);
        assertThat(policy.getServiceTypeName()).isEqualTo("SDK service");
        assertThat(policy.getIncentivePolicy()).isEqualTo("13");
        assertThat(policy.getAllowDiscount()).isEqualTo("NO");
    }
}
