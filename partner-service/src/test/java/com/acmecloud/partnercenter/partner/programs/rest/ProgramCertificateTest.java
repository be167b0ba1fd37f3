package com.acmecloud.partnercenter.partner.programs.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule 2: the partner downloads the certificate of a joined program; it shows its validity; anyone can verify it. */
@QuarkusTest
class ProgramCertificateTest {

    private static final String COMPANY = "Northwind Cloud Integration Ltd.";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCertificateDownloadsAsAPdfNamingThePartnerTheProgramAndTheNumber() throws IOException {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner(COMPANY, ProgramsTestApi.newLicence());
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        String certificateId = ProgramsTestApi.certificateOf(partnerId, "SOLUTION_PROVIDER");
        Map<String, Object> certificate = as(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/certificates/{cid}", partnerId, certificateId)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        String number = (String) certificate.get("certificate_number");

        Response response = given().auth().oauth2(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/certificates/{cid}/pdf", partnerId, certificateId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + number + ".pdf\"");
        byte[] bytes = response.asByteArray();
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(COMPANY, number, "Solution Provider",
                    ((String) certificate.get("valid_from")).substring(0, 10),
                    ((String) certificate.get("valid_to")).substring(0, 10));
        }
        // operators may download it too
        given().auth().oauth2(Tokens.operator()).get("/v2/partners/{id}/certificates/{cid}/pdf", partnerId, certificateId)
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void theCertificateIsRefusedToOtherPartners() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        String certificateId = ProgramsTestApi.certificateOf(partnerId, "SOLUTION_PROVIDER");
        String other = ProgramsTestApi.verifiedPartner();

        // under the owner's path: not the caller's partner
        Response foreign = given().auth().oauth2(Tokens.partner(other)).accept("application/pdf")
                .get("/v2/partners/{id}/certificates/{cid}/pdf", partnerId, certificateId);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/json");
        assertThat(foreign.jsonPath().getString("error_code")).isEqualTo("CBC.0150");
        assertThat(foreign.asString()).doesNotContain(COMPANY);
        // under the caller's own path: no such certificate of its own
        given().auth().oauth2(Tokens.partner(other)).get("/v2/partners/{id}/certificates/{cid}/pdf", other, certificateId)
                .then().statusCode(404).contentType("application/json").body("error_code", equalTo("CBC.91002006"));
        given().auth().oauth2(Tokens.partner(other)).get("/v2/partners/{id}/certificates/{cid}", other, certificateId)
                .then().statusCode(404).body("error_code", equalTo("CBC.91002006"));
        // and without a token at all
        given().get("/v2/partners/{id}/certificates/{cid}/pdf", partnerId, certificateId)
                .then().statusCode(401).body("error_code", equalTo("CBC.0154"));
    }

    @Test
    void theStatusFollowsTheClockAndTheVerificationWithIt() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner();
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        String certificateId = ProgramsTestApi.certificateOf(partnerId, "SOLUTION_PROVIDER");
        Map<String, Object> certificate = as(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/certificates/{cid}", partnerId, certificateId).then().extract().jsonPath().getMap("$");
        String number = (String) certificate.get("certificate_number");
        Instant validTo = Instant.parse((String) certificate.get("valid_to"));
        assertThat(certificate.get("status")).isEqualTo("VALID");
        verify(number).body("genuine", equalTo(true)).body("valid", equalTo(true));

        clock.advance(Duration.between(Instant.now(), validTo).minus(Duration.ofDays(29)));
        status(partnerId, certificateId, "EXPIRING");
        verify(number).body("genuine", equalTo(true)).body("valid", equalTo(true));

        clock.advance(Duration.ofDays(30));
        status(partnerId, certificateId, "EXPIRED");
        verify(number).body("genuine", equalTo(true)).body("valid", equalTo(false));
    }

    @Test
    void theVerificationIsPublicAndSaysNothingButGenuineAndValid() {
        String partnerId = ProgramsTestApi.fullyEnrolledPartner(COMPANY, ProgramsTestApi.newLicence());
        ProgramsTestApi.join(partnerId, "SOLUTION_PROVIDER");
        String number = as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates", partnerId)
                .then().extract().path("certificates[0].certificate_number");

        Map<String, Object> answer = verify(number).extract().jsonPath().getMap("$");
        assertThat(answer).containsOnlyKeys("certificate_number", "genuine", "valid")
                .containsEntry("certificate_number", number)
                .containsEntry("genuine", true)
                .containsEntry("valid", true);
        verify(number.toLowerCase()).body("certificate_number", equalTo(number)).body("genuine", equalTo(true));

        Map<String, Object> forged = verify("HCPN-SP-2026-999999999").extract().jsonPath().getMap("$");
        assertThat(forged).containsOnlyKeys("certificate_number", "genuine", "valid")
                .containsEntry("genuine", false)
                .containsEntry("valid", false);
    }

    private static io.restassured.response.ValidatableResponse verify(String number) {
        return given().queryParam("certificate_number", number).get("/v2/partners/certificates/verification")
                .then().statusCode(200);
    }

    private static void status(String partnerId, String certificateId, String expected) {
        as(Tokens.partner(partnerId)).get("/v2/partners/{id}/certificates/{cid}", partnerId, certificateId)
                .then().statusCode(200).body("status", equalTo(expected));
    }
}
