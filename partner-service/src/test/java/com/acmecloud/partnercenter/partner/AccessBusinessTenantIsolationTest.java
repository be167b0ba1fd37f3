package com.acmecloud.partnercenter.partner;

import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.accessConfiguration;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.assignXaccountType;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.bindBucket;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.businessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.getBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.issuePaymentAgreement;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.realNameVerifiedPartner;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.setAttachmentUpload;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.submitBusinessInformation;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.uniqueBucket;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every access configuration, business information and payment agreement operation that names a partner refuses
 * another partner's token (CBC.0150; CBC.0151 where only operators may act) and changes nothing.
 */
@QuarkusTest
class AccessBusinessTenantIsolationTest {

    record Call(String method, String path, Object body, String code) {
    }

    @Test
    void anotherPartnerCannotReadOrChangeAnything() {
        String victim = realNameVerifiedPartner();
        String intruder = realNameVerifiedPartner();
        String bucket = uniqueBucket();
        String xaccountType = "victim_" + UUID.randomUUID().toString().substring(0, 8);
        setAttachmentUpload(victim, true).statusCode(200);
        bindBucket(victim, bucket, "cn-north-4").statusCode(200);
        assignXaccountType(victim, xaccountType).statusCode(200);
        submitBusinessInformation(victim, businessInformation("6222020200112233445")).statusCode(200);
        String contractId = issuePaymentAgreement(victim).statusCode(201).extract().path("contract_id");
        String before = accessConfiguration(victim).statusCode(200).extract().asString();
        String businessBefore = getBusinessInformation(victim).statusCode(200).extract().asString();

        String base = "/v2/partners/" + victim;
        List<Call> calls = List.of(
                new Call("GET", base + "/access-configuration", null, "CBC.0150"),
                new Call("PUT", base + "/access-configuration/capabilities",
                        Map.of("real_name_attachment_upload", false), "CBC.0150"),
                new Call("PUT", base + "/access-configuration/obs-bucket",
                        Map.of("bucket_name", uniqueBucket(), "region", "cn-north-4"), "CBC.0150"),
                new Call("DELETE", base + "/access-configuration/obs-bucket", null, "CBC.0150"),
                new Call("PUT", base + "/access-configuration/xaccount-type", Map.of("xaccount_type", "stolen"), "CBC.0151"),
                new Call("GET", base + "/business-information", null, "CBC.0150"),
                new Call("PUT", base + "/business-information", businessInformation("6222020200199998888"), "CBC.0150"),
                new Call("POST", base + "/business-information/review", Map.of("result", "APPROVED"), "CBC.0151"),
                new Call("POST", base + "/payment-agreements", null, "CBC.0150"),
                new Call("GET", base + "/payment-agreements", null, "CBC.0150"),
                new Call("GET", base + "/payment-agreements/" + contractId + "/pdf", null, "CBC.0150"));

        String token = Tokens.partner(intruder);
        for (Call call : calls) {
            var request = given().auth().oauth2(token).contentType(ContentType.JSON);
            if (call.body() != null) {
                request.body(call.body());
            }
            Response response = request.request(call.method(), call.path());
            assertThat(response.statusCode()).as(call.method() + " " + call.path()).isEqualTo(403);
            assertThat(response.jsonPath().getString("error_code")).as(call.method() + " " + call.path())
                    .isEqualTo(call.code());
            assertThat(response.asString()).doesNotContain(bucket, xaccountType, "3445", "%PDF");
        }

        // the victim is untouched
        assertThat(accessConfiguration(victim).statusCode(200).extract().asString()).isEqualTo(before);
        assertThat(getBusinessInformation(victim).statusCode(200).extract().asString()).isEqualTo(businessBefore);
        PartnerTestApi.as(Tokens.partner(victim)).get("/v2/partners/{id}/payment-agreements", victim)
                .then().statusCode(200).body("total_count", equalTo(1))
                .body("payment_agreements[0].contract_id", equalTo(contractId));
        // and the intruder got nothing either
        PartnerTestApi.as(Tokens.partner(intruder)).get("/v2/partners/{id}/payment-agreements", intruder)
                .then().statusCode(200).body("total_count", equalTo(0));

        // the victim's contract id under the intruder's own partner id is "not found", never the document
        PartnerTestApi.as(token).get("/v2/partners/{id}/payment-agreements/{cid}/pdf", intruder, contractId)
                .then().statusCode(404).body("error_code", equalTo("CBC.91004021"));
    }
}
