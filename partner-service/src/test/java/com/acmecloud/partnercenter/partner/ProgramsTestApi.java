package com.acmecloud.partnercenter.partner;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Programs, certificates, partner status, distributors and resellers, as a test drives them. Partners made here
 * each get a licence number of their own: rule 4 treats accounts sharing a licence number as one company.
 */
public final class ProgramsTestApi {

    private ProgramsTestApi() {
    }

    public static String newLicence() {
        return "91" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    /** A registered partner whose enterprise real-name (under {@code licence}) an operator approved. */
    public static String verifiedPartner(String companyName, String licence) {
        String partnerId = Tokens.newPartnerId();
        Map<String, Object> registration = new HashMap<>(PartnerTestApi.registration("x-" + partnerId));
        registration.put("company_name", companyName);
        as(Tokens.partner(partnerId)).body(registration).post("/v2/partners/registrations").then().statusCode(201);
        String submissionId = as(Tokens.partner(partnerId))
                .body(Map.of("licence_number", licence, "legal_person_name", "Li Si",
                        "attachment_refs", List.of("realname/licence.jpg")))
                .post("/v2/partners/{id}/real-name-auths", partnerId)
                .then().statusCode(201).extract().path("submission_id");
        PartnerTestApi.review(partnerId, submissionId, "APPROVED", null).statusCode(200);
        return partnerId;
    }

    public static String verifiedPartner() {
        return verifiedPartner("Example Cloud Services Co., Ltd.", newLicence());
    }

    /** A verified partner with a bound e-mail: it may apply to every program (rule 1). */
    public static String fullyEnrolledPartner(String companyName, String licence) {
        String partnerId = verifiedPartner(companyName, licence);
        PartnerTestApi.confirmEmail(partnerId, PartnerTestApi.sendEmailCode(partnerId)).statusCode(200);
        return partnerId;
    }

    public static String fullyEnrolledPartner() {
        return fullyEnrolledPartner("Example Cloud Services Co., Ltd.", newLicence());
    }

    public static String applied(String partnerId, String program) {
        return PartnerTestApi.apply(partnerId, program).statusCode(201).extract().path("application_id");
    }

    public static ValidatableResponse reviewApplication(String partnerId, String applicationId, String result,
                                                        String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("result", result);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as(Tokens.operator()).body(body)
                .post("/v2/partners/{id}/program-applications/{aid}/review", partnerId, applicationId).then();
    }

    /** Applies and has an operator approve: the partner joins the program. Returns the application id. */
    public static String join(String partnerId, String program) {
        String applicationId = applied(partnerId, program);
        reviewApplication(partnerId, applicationId, "APPROVED", null).statusCode(200);
        return applicationId;
    }

    /** The certificate id of the partner's joined program. */
    public static String certificateOf(String partnerId, String program) {
        return as(Tokens.partner(partnerId)).get("/v2/partners/{id}/programs", partnerId)
                .then().statusCode(200)
                .extract().path("programs.find { it.program == '" + program + "' }.certificate_id");
    }

    public static ValidatableResponse setStatus(String partnerId, String status, String reason) {
        return as(Tokens.operator()).body(Map.of("status", status, "reason", reason))
                .put("/v2/partners/{id}/status", partnerId).then();
    }

    /** The distributor asks the reseller to link (nothing effective until the reseller accepts). */
    public static ValidatableResponse requestLink(String distributorId, String resellerId) {
        return as(Tokens.partner(distributorId)).body(Map.of("indirect_partner_id", resellerId))
                .post("/v2/partners/{id}/indirect-partners", distributorId).then();
    }

    /** The reseller accepts the request with its own token. */
    public static ValidatableResponse acceptLink(String resellerId, String requestId) {
        return as(Tokens.partner(resellerId))
                .post("/v2/partners/{id}/distributor-requests/{rid}/accept", resellerId, requestId).then();
    }

    public static ValidatableResponse rejectLink(String resellerId, String requestId, Map<String, ?> body) {
        return as(Tokens.partner(resellerId)).body(body)
                .post("/v2/partners/{id}/distributor-requests/{rid}/reject", resellerId, requestId).then();
    }

    public static ValidatableResponse withdrawLink(String distributorId, String requestId) {
        return as(Tokens.partner(distributorId))
                .post("/v2/partners/{id}/indirect-partner-requests/{rid}/withdraw", distributorId, requestId).then();
    }

    /** The reseller's pending requests (or {@code status}: ALL, ACCEPTED, ...). */
    public static ValidatableResponse receivedRequests(String resellerId, String status) {
        var request = as(Tokens.partner(resellerId));
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/v2/partners/{id}/distributor-requests", resellerId).then();
    }

    /** Request and acceptance: the link is effective. Returns the acceptance's answer (200). */
    public static ValidatableResponse link(String distributorId, String resellerId) {
        String requestId = requestLink(distributorId, resellerId).statusCode(201).extract().path("request_id");
        return acceptLink(resellerId, requestId);
    }

    public static ValidatableResponse queryResellers(String distributorId, Map<String, ?> body) {
        return as(Tokens.partner(distributorId)).body(body).post("/v2/partners/indirect-partners/query").then();
    }

    public static String distributor() {
        String partnerId = verifiedPartner("Example Distribution Co., Ltd.", newLicence());
        join(partnerId, "DISTRIBUTOR");
        return partnerId;
    }

    public static String reseller(String companyName) {
        String partnerId = verifiedPartner(companyName, newLicence());
        join(partnerId, "CLOUD_RESELLER");
        return partnerId;
    }
}
