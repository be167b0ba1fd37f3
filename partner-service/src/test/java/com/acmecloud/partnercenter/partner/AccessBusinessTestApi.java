package com.acmecloud.partnercenter.partner;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Access configuration, business information and payment agreement calls as a test makes them. */
public final class AccessBusinessTestApi {

    private AccessBusinessTestApi() {
    }

    /** A newly registered partner (real-name not submitted). */
    public static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        return partnerId;
    }

    /** A registered partner whose enterprise real-name authentication an operator approved. */
    public static String realNameVerifiedPartner() {
        String partnerId = registeredPartner();
        PartnerTestApi.review(partnerId, PartnerTestApi.submitRealName(partnerId), "APPROVED", null).statusCode(200);
        return partnerId;
    }

    /** A bucket name no other test uses. */
    public static String uniqueBucket() {
        return "rn-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static ValidatableResponse accessConfiguration(String partnerId) {
        return as(Tokens.partner(partnerId)).get("/v2/partners/{id}/access-configuration", partnerId).then();
    }

    public static ValidatableResponse setAttachmentUpload(String partnerId, boolean enabled) {
        return as(Tokens.partner(partnerId)).body(Map.of("real_name_attachment_upload", enabled))
                .put("/v2/partners/{id}/access-configuration/capabilities", partnerId).then();
    }

    public static ValidatableResponse bindBucket(String partnerId, String bucket, String region) {
        return as(Tokens.partner(partnerId)).body(Map.of("bucket_name", bucket, "region", region))
                .put("/v2/partners/{id}/access-configuration/obs-bucket", partnerId).then();
    }

    public static ValidatableResponse unbindBucket(String partnerId) {
        return as(Tokens.partner(partnerId)).delete("/v2/partners/{id}/access-configuration/obs-bucket", partnerId).then();
    }

    public static ValidatableResponse assignXaccountType(String partnerId, String xaccountType) {
        return as(Tokens.operator()).body(Map.of("xaccount_type", xaccountType))
                .put("/v2/partners/{id}/access-configuration/xaccount-type", partnerId).then();
    }

    public static Map<String, Object> businessInformation(String bankAccount) {
        Map<String, Object> body = new HashMap<>();
        body.put("contracting_entity", "Huawei Cloud Computing Technologies Co., Ltd.");
        body.put("bank_name", "Industrial and Commercial Bank of China, Shenzhen Branch");
        body.put("bank_account_number", bankAccount);
        body.put("account_holder_name", "Example Cloud Services Co., Ltd.");
        body.put("tax_rate", new java.math.BigDecimal("0.06"));
        return body;
    }

    public static ValidatableResponse submitBusinessInformation(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body)
                .put("/v2/partners/{id}/business-information", partnerId).then();
    }

    public static ValidatableResponse getBusinessInformation(String partnerId) {
        return as(Tokens.partner(partnerId)).get("/v2/partners/{id}/business-information", partnerId).then();
    }

    public static ValidatableResponse reviewBusinessInformation(String partnerId, String result, String opinion) {
        Map<String, Object> body = opinion == null ? Map.of("result", result) : Map.of("result", result, "opinion", opinion);
        return as(Tokens.operator()).body(body)
                .post("/v2/partners/{id}/business-information/review", partnerId).then();
    }

    public static ValidatableResponse issuePaymentAgreement(String partnerId) {
        return as(Tokens.partner(partnerId)).post("/v2/partners/{id}/payment-agreements", partnerId).then();
    }
}
