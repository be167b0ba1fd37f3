package com.acmecloud.partnercenter.partner.agreements.rest;

import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.issuePaymentAgreement;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.realNameVerifiedPartner;
import static com.acmecloud.partnercenter.partner.AccessBusinessTestApi.registeredPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rule 6: payment agreements for real-name-verified partners only, issued at once, downloadable as a PDF. */
@QuarkusTest
class PaymentAgreementTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rule6APartnerWithoutApprovedRealNameIsRefused() {
        String partnerId = registeredPartner();
        issuePaymentAgreement(partnerId).statusCode(400)
                .body("error_code", equalTo("CBC.91004020"))
                .body("details[0].field", equalTo("real_name_status"));

        PartnerTestApi.submitRealName(partnerId); // under review is not enough either
        issuePaymentAgreement(partnerId).statusCode(400).body("error_code", equalTo("CBC.91004020"));

        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(200).body("total_count", equalTo(0));
    }

    @Test
    void rule6AVerifiedPartnerGetsTheContractAtOnceAndDownloadsARealPdf() throws Exception {
        String partnerId = realNameVerifiedPartner();
        clock.advance(Duration.ofDays(3));
        String today = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"))
                .format(clock.instant());

        Response issued = PartnerTestApi.as(Tokens.partner(partnerId))
                .post("/v2/partners/{id}/payment-agreements", partnerId);
        issued.then().statusCode(201)
                .body("partner_id", equalTo(partnerId))
                .body("contract_number", matchesPattern("PA" + today.replace("-", "") + "-\\d{6}"))
                .body("issued_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .body("company_name", equalTo("Example Cloud Services Co., Ltd."));
        String contractId = issued.path("contract_id");
        String contractNumber = issued.path("contract_number");

        Response pdf = PartnerTestApi.as(Tokens.partner(partnerId))
                .get("/v2/partners/{id}/payment-agreements/{cid}/pdf", partnerId, contractId);
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + contractNumber + ".pdf\""));
        byte[] bytes = pdf.asByteArray();
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Example Cloud Services Co., Ltd.", contractNumber, today, "Payment Agreement");
        }

        // operators may download it too
        PartnerTestApi.as(Tokens.operator())
                .get("/v2/partners/{id}/payment-agreements/{cid}/pdf", partnerId, contractId)
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void earlierContractsAreListedNewestFirstWithPaging() {
        String partnerId = realNameVerifiedPartner();
        String first = issuePaymentAgreement(partnerId).statusCode(201).extract().path("contract_number");
        clock.advance(Duration.ofMinutes(1));
        String second = issuePaymentAgreement(partnerId).statusCode(201).extract().path("contract_number");
        clock.advance(Duration.ofMinutes(1));
        String third = issuePaymentAgreement(partnerId).statusCode(201).extract().path("contract_number");
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();

        PartnerTestApi.as(Tokens.partner(partnerId)).queryParam("limit", 2)
                .get("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(200)
                .body("total_count", equalTo(3))
                .body("payment_agreements.contract_number", equalTo(List.of(third, second)));
        PartnerTestApi.as(Tokens.partner(partnerId)).queryParam("offset", 2).queryParam("limit", 2)
                .get("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(200)
                .body("total_count", equalTo(3))
                .body("payment_agreements.contract_number", equalTo(List.of(first)));
    }

    @Test
    void anotherPartnersContractIdIsNotFoundUnderYourOwnPartnerId() {
        String owner = realNameVerifiedPartner();
        String other = realNameVerifiedPartner();
        String contractId = issuePaymentAgreement(owner).statusCode(201).extract().path("contract_id");

        Response refused = PartnerTestApi.as(Tokens.partner(other))
                .get("/v2/partners/{id}/payment-agreements/{cid}/pdf", other, contractId);
        refused.then().statusCode(404).contentType("application/json")
                .body("error_code", equalTo("CBC.91004021"));
        assertThat(refused.asString()).doesNotContain(owner, "%PDF");

        PartnerTestApi.as(Tokens.partner(other)).get("/v2/partners/{id}/payment-agreements/{cid}/pdf", other, "not-a-uuid")
                .then().statusCode(404).body("error_code", equalTo("CBC.91004021"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstContract() {
        String partnerId = realNameVerifiedPartner();
        String key = "agreement-" + partnerId;
        String first = PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .post("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(201).extract().path("contract_id");
        PartnerTestApi.as(Tokens.partner(partnerId)).header("Idempotency-Key", key)
                .post("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("contract_id", equalTo(first));
        PartnerTestApi.as(Tokens.partner(partnerId)).get("/v2/partners/{id}/payment-agreements", partnerId)
                .then().statusCode(200).body("total_count", equalTo(1));
    }
}
