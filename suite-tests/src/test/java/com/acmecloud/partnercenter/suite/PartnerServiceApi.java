package com.acmecloud.partnercenter.suite;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** partner-service's API as partners and operators call it (see partner-service/README.md). */
final class PartnerServiceApi {

    private final ServiceProcess service;

    PartnerServiceApi(ServiceProcess service) {
        this.service = service;
    }

    RequestSpecification asPartner(String partnerId) {
        return service.as(Tokens.partner(partnerId));
    }

    RequestSpecification asOperator() {
        return service.as(Tokens.operator());
    }

    /** A new partner, registered (POST /v2/partners/registrations). */
    String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        asPartner(partnerId).body(registration(partnerId))
                .post("/v2/partners/registrations")
                .then().statusCode(201);
        return partnerId;
    }

    /** The body of POST /v2/partners/registrations for a partner. */
    static Map<String, Object> registration(String partnerId) {
        return Map.of(
                "company_name", "Suite Test Cloud Services Co., Ltd.",
                "contact_email", "ops-" + partnerId + "@example.com",
                "contact_phone", "+86-13800000000",
                "country_code", "CN",
                "xaccount_id", "x-" + partnerId);
    }

    /** The platform id (xaccount_type) {@link #assignPlatform} gives the partner: unique per partner, as required. */
    static String platformOf(String partnerId) {
        return "platform_" + partnerId;
    }

    /** An operator records the partner's platform id (PUT .../access-configuration/xaccount-type). */
    void assignPlatform(String partnerId) {
        asOperator().body(Map.of("xaccount_type", platformOf(partnerId)))
                .put("/v2/partners/{id}/access-configuration/xaccount-type", partnerId)
                .then().statusCode(200);
    }

    /**
     * A partner that joined the Solution Provider program: registered, enterprise real-name approved by an
     * operator, contact e-mail bound with the code partner-service mailed (read from its dev outbox), application
     * approved (domain rule 1).
     */
    String solutionProvider() {
        String partnerId = verifiedPartner();

        String email = asPartner(partnerId).post("/v2/partners/{id}/email-binding/verification-codes", partnerId)
                .then().statusCode(202).extract().path("email");
        List<String> codes = RestAssured.given().baseUri(service.baseUri()).queryParam("to", email).get("/dev/outbox")
                .then().statusCode(200).extract().jsonPath().getList("messages.values.code", String.class);
        String code = codes.get(codes.size() - 1);
        asPartner(partnerId).body(Map.of("verification_code", code))
                .post("/v2/partners/{id}/email-binding", partnerId)
                .then().statusCode(200);

        join(partnerId, "SOLUTION_PROVIDER");
        return partnerId;
    }

    /** A registered partner whose enterprise real-name (a licence number of its own, rule 4) an operator approved. */
    String verifiedPartner() {
        String partnerId = registeredPartner();
        String licence = "91" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
        String submissionId = asPartner(partnerId)
                .body(Map.of("licence_number", licence, "legal_person_name", "Zhang San",
                        "attachment_refs", List.of("realname/licence.jpg")))
                .post("/v2/partners/{id}/real-name-auths", partnerId)
                .then().statusCode(201).extract().path("submission_id");
        asOperator().body(Map.of("result", "APPROVED"))
                .post("/v2/partners/{id}/real-name-auths/{sid}/review", partnerId, submissionId)
                .then().statusCode(200);
        return partnerId;
    }

    /** The partner applies to the program and an operator approves the application. */
    void join(String partnerId, String program) {
        String applicationId = asPartner(partnerId).body(Map.of("program", program))
                .post("/v2/partners/{id}/program-applications", partnerId)
                .then().statusCode(201).extract().path("application_id");
        asOperator().body(Map.of("result", "APPROVED"))
                .post("/v2/partners/{id}/program-applications/{aid}/review", partnerId, applicationId)
                .then().statusCode(200);
    }

    /** A verified partner that joined the Distributor program. */
    String distributor() {
        String partnerId = verifiedPartner();
        join(partnerId, "DISTRIBUTOR");
        return partnerId;
    }

    /** A verified partner that joined the Cloud Reseller program (no distributor yet). */
    String cloudReseller() {
        String partnerId = verifiedPartner();
        join(partnerId, "CLOUD_RESELLER");
        return partnerId;
    }

    /** The distributor asks the reseller to link and the reseller accepts: the link is in force. */
    void link(String distributorId, String resellerId) {
        String requestId = asPartner(distributorId).body(Map.of("indirect_partner_id", resellerId))
                .post("/v2/partners/{id}/indirect-partners", distributorId)
                .then().statusCode(201).extract().path("request_id");
        asPartner(resellerId).post("/v2/partners/{id}/distributor-requests/{rid}/accept", resellerId, requestId)
                .then().statusCode(200);
    }

    /** PUT /v2/partners/{partner_id}/status (operator). */
    ValidatableResponse setStatus(String partnerId, String status) {
        return asOperator().body(Map.of("status", status, "reason", "suite test: " + status.toLowerCase(Locale.ROOT)))
                .put("/v2/partners/{id}/status", partnerId).then();
    }

    ValidatableResponse setAttachmentUpload(String partnerId, boolean enabled) {
        return asPartner(partnerId).body(Map.of("real_name_attachment_upload", enabled))
                .put("/v2/partners/{id}/access-configuration/capabilities", partnerId).then();
    }

    ValidatableResponse bindBucket(String partnerId, String bucket, String region) {
        return asPartner(partnerId).body(Map.of("bucket_name", bucket, "region", region))
                .put("/v2/partners/{id}/access-configuration/obs-bucket", partnerId).then();
    }

    ValidatableResponse unbindBucket(String partnerId) {
        return asPartner(partnerId).delete("/v2/partners/{id}/access-configuration/obs-bucket", partnerId).then();
    }

    /** A bucket name no other partner has bound. */
    static String uniqueBucket() {
        return "rn-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
