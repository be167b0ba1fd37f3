package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.accessConfiguration;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.approveLatest;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.change;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.files;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuth;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuthId;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.newIdNumber;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.queryCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.rejectLatest;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.result;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.review;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitEnterprise;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules 49–55 through the Huawei-compatible API, each with the refusal that proves it. */
@QuarkusTest
class RealNameRulesTest {

    @Test
    void rule49RefusesAPartnerWithoutAttachmentUploadOrBucket() {
        String notEnabled = registeredPartner();
        String customer = consentedCustomer(notEnabled);
        submitIndividual(notEnabled, individual(customer)).statusCode(400).body("error_code", equalTo("CBC.99005030"));
        submitEnterprise(notEnabled, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.99005030"));

        String uploadWithoutBucket = registeredPartner();
        accessConfiguration(uploadWithoutBucket, true, null);
        awaitProjection(uploadWithoutBucket, p -> p.realNameAttachmentUpload);
        String other = consentedCustomer(uploadWithoutBucket);
        submitIndividual(uploadWithoutBucket, individual(other)).statusCode(400)
                .body("error_code", equalTo("CBC.99005030"));

        String bucketWithoutUpload = registeredPartner();
        accessConfiguration(bucketWithoutUpload, false, "bucket-" + bucketWithoutUpload.substring(0, 10));
        awaitProjection(bucketWithoutUpload, p -> p.obsBucketName != null);
        String third = consentedCustomer(bucketWithoutUpload);
        submitIndividual(bucketWithoutUpload, individual(third)).statusCode(400)
                .body("error_code", equalTo("CBC.99005030"));
        // nothing was recorded by the refusals
        queryCustomer(notEnabled, customer).body("customer_infos[0].verified_status", equalTo("-1"));
        result(notEnabled, customer).statusCode(404).body("error_code", equalTo("CBC.91005031"));
    }

    @Test
    void rule50FilePathsAreRelativeToTheDownloadFolderOfTheBucket() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        for (String bad : List.of("/abs/a.jpg", "../a.jpg", "x/../../a.jpg", "./a.jpg", "https://evil.example/a.jpg",
                "obs://bucket/download/a.jpg", "dir\\a.jpg", "dir//a.jpg", "dir/", "", "a.jpg?x=1")) {
            submitIndividual(partner, individual(customer, "verified_file_url", List.of("ok/a.jpg", bad, "ok/c.jpg")))
                    .statusCode(400).body("error_code", equalTo("CBC.0100"))
                    .body("details[0].field", equalTo("verified_file_url[1]"));
        }
        submitIndividual(partner, individual(customer, "verified_file_url", List.of("a.jpg", "b.exe", "c.jpg")))
                .statusCode(400).body("error_code", equalTo("CBC.99000100"))
                .body("details[0].field", equalTo("verified_file_url[1]"));
        submitIndividual(partner, individual(customer, "verified_file_url", List.of("a.jpg", "b", "c.jpg")))
                .statusCode(400).body("error_code", equalTo("CBC.99000100"));
        // enterprise: at most 4 entries
        submitEnterprise(partner, enterprise(customer, "verified_file_url", files(5, "jpg")))
                .statusCode(400).body("error_code", equalTo("CBC.0100"));
        // every allowed format, whatever its case
        submitEnterprise(partner, enterprise(customer, "verified_file_url",
                List.of("2026/licence.PDF", "id/a.JpEg", "id/b.bmp", "id/c.gif"))).statusCode(200);
        assertThat(latestAuth(customer).files()).containsExactly("2026/licence.PDF", "id/a.JpEg", "id/b.bmp", "id/c.gif");
    }

    @Test
    void rule51IndividualTypesAndImageCounts() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        submitIndividual(partner, individual(customer, "identify_type", 1)).statusCode(400)
                .body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("identify_type"));
        submitIndividual(partner, individual(customer, "verified_type", 0)).statusCode(400)
                .body("details[0].field", equalTo("verified_type"));
        submitIndividual(partner, individual(customer, "verified_type", null)).statusCode(400)
                .body("error_code", equalTo("CBC.0101"));
        submitIndividual(partner, individual(customer, "verified_file_url", files(2, "jpg"))).statusCode(400)
                .body("details[0].field", equalTo("verified_file_url"));
        submitIndividual(partner, individual(customer, "identify_type", 4, "verified_type", null,
                "verified_file_url", files(1, "jpg"))).statusCode(400)
                .body("error_code", equalTo("CBC.0101")).body("details[0].field", equalTo("bank_card_info"));
        submitIndividual(partner, individual(customer, "change_type", 1)).statusCode(400)
                .body("details[0].field", equalTo("change_type"));
        for (int verifiedType : new int[] {3, 5, 6, 9, 10}) {
            String another = consentedCustomer(partner);
            submitIndividual(partner, individual(another, "verified_type", verifiedType, "change_type", -1))
                    .statusCode(200).body("is_review", equalTo(1));
        }
    }

    @Test
    void rule51EnterpriseOnlyOrganisationCertificates() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        submitEnterprise(partner, enterprise(customer, "identify_type", 0)).statusCode(400)
                .body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("identify_type"));
        submitEnterprise(partner, enterprise(customer, "certificate_type", 5)).statusCode(400)
                .body("details[0].field", equalTo("certificate_type"));
        submitEnterprise(partner, enterprise(customer, "reg_country", "XX")).statusCode(400)
                .body("details[0].field", equalTo("reg_country"));
        submitEnterprise(partner, enterprise(customer, "reg_country", "cn")).statusCode(400)
                .body("details[0].field", equalTo("reg_country"));
        submitEnterprise(partner, enterprise(customer, "enterprise_person",
                Map.of("legel_name", "Li Si", "legel_id_number", "X1", "certifier_role", "boss"))).statusCode(400)
                .body("details[0].field", equalTo("enterprise_person.certifier_role"));
        submitEnterprise(partner, enterprise(customer, "enterprise_person", Map.of("legel_name", "Li Si")))
                .statusCode(400).body("error_code", equalTo("CBC.0101"))
                .body("details[0].field", equalTo("enterprise_person.legel_id_number"));
        submitEnterprise(partner, enterprise(customer, "certificate_type", 99)).statusCode(200);

        RealNameAuth auth = latestAuth(customer);
        assertThat(auth.legalPersonName).isEqualTo("Li Si");
        assertThat(auth.legalIdNumberHash).hasSize(64);
        assertThat(auth.obsBucketName).startsWith("bucket-");
    }

    @Test
    void rule52ManualReviewAndItsResult() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        result(partner, customer).statusCode(404).body("error_code", equalTo("CBC.91005031"));

        submitIndividual(partner, individual(customer, "name", "Wang Wu")).statusCode(200).body("is_review", equalTo(1));
        result(partner, customer).statusCode(200).body("review_result", equalTo(0)).body("opinion", nullValue());
        rejectLatest(customer, "The passport image is blurred");
        result(partner, customer).statusCode(200).body("review_result", equalTo(1))
                .body("opinion", equalTo("The passport image is blurred"));

        submitIndividual(partner, individual(customer, "name", "Wang Wu")).statusCode(200);
        result(partner, customer).statusCode(200).body("review_result", equalTo(0));
        approveLatest(customer);
        result(partner, customer).statusCode(200).body("review_result", equalTo(2));
    }

    @Test
    void anOperatorDecidesASubmissionOnceAndMustExplainARejection() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        submitIndividual(partner, individual(customer)).statusCode(200);
        String authId = latestAuthId(customer);

        review(authId, "REJECTED", null).statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("opinion"));
        review(authId, "APPROVED", "Documents match").statusCode(200)
                .body("status", equalTo("APPROVED")).body("reviewed_by", equalTo("operator-1"))
                .body("customer_id", equalTo(customer)).body("auth_type", equalTo("INDIVIDUAL"));
        review(authId, "REJECTED", "changed my mind").statusCode(400).body("error_code", equalTo("CBC.91005034"));
        review("6c9a3f0e-0000-4000-8000-000000000000", "APPROVED", null).statusCode(404)
                .body("error_code", equalTo("CBC.91005033"));
        review("not-a-uuid", "APPROVED", null).statusCode(404).body("error_code", equalTo("CBC.91005033"));
    }

    @Test
    void rule53NoResubmissionWhileVerifiedOrUnderReview() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        submitIndividual(partner, individual(customer)).statusCode(200);
        submitIndividual(partner, individual(customer)).statusCode(400).body("error_code", equalTo("CBC.99007188"));
        submitEnterprise(partner, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.99007188"));

        approveLatest(customer);
        submitIndividual(partner, individual(customer)).statusCode(400).body("error_code", equalTo("CBC.99007188"));
        submitEnterprise(partner, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.99007188"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheAnswerInsteadOfRefusingIt() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        Map<String, Object> body = individual(customer);
        String key = "retry-" + customer;
        for (int i = 0; i < 2; i++) {
            com.acmecloud.partnercenter.customer.CustomerTestApi.as(Tokens.partner(partner)).header("Idempotency-Key", key)
                    .body(body).post(com.acmecloud.partnercenter.customer.RealNameTestApi.INDIVIDUAL).then()
                    .statusCode(200).body("is_review", equalTo(1));
        }
        com.acmecloud.partnercenter.customer.CustomerTestApi.as(Tokens.partner(partner)).header("Idempotency-Key", key)
                .body(individual(customer)).post(com.acmecloud.partnercenter.customer.RealNameTestApi.INDIVIDUAL)
                .then().statusCode(400).body("error_code", equalTo("CBC.99007009"));
        submitIndividual(partner, body).statusCode(400).body("error_code", equalTo("CBC.99007188"));
    }

    @Test
    void rule53AttemptsPerCustomerAreCapped() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        for (int attempt = 1; attempt <= 5; attempt++) {
            submitIndividual(partner, individual(customer)).statusCode(200);
            rejectLatest(customer, "attempt " + attempt + " rejected");
        }
        submitIndividual(partner, individual(customer)).statusCode(400).body("error_code", equalTo("CBC.99007191"));
        submitEnterprise(partner, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.99007191"));
        queryCustomer(partner, customer).body("customer_infos[0].verified_status", equalTo("1"));
    }

    @Test
    void rule53CustomersPerIdNumberAreCapped() {
        String partner = enabledPartner();
        String number = newIdNumber().toLowerCase(java.util.Locale.ROOT);
        String rejected = consentedCustomer(partner);
        submitIndividual(partner, individual(rejected, "verified_number", number)).statusCode(200);
        rejectLatest(rejected, "not this person");
        // a rejected customer does not count; under review and approved ones do
        for (int i = 0; i < 5; i++) {
            String customer = consentedCustomer(partner);
            submitIndividual(partner, individual(customer, "verified_number", i % 2 == 0 ? number : number.toUpperCase(
                    java.util.Locale.ROOT))).statusCode(200);
            if (i == 0) {
                approveLatest(customer);
            }
        }
        String sixth = consentedCustomer(partner);
        submitIndividual(partner, individual(sixth, "verified_number", number.toUpperCase(java.util.Locale.ROOT)))
                .statusCode(400).body("error_code", equalTo("CBC.99007189"));
        // the number is not kept in clear
        assertThat(latestAuth(rejected).verifiedNumberHash).hasSize(64).doesNotContain(number.substring(1));
        // the rejected customer, too, now finds the number held by five other customers
        submitIndividual(partner, individual(rejected, "verified_number", number)).statusCode(400)
                .body("error_code", equalTo("CBC.99007189"));
    }

    @Test
    void rule54OnlyAVerifiedIndividualChangesToEnterprise() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        change(partner, enterprise(customer, "change_type", 1)).statusCode(400).body("error_code", equalTo("CBC.91005032"));

        submitIndividual(partner, individual(customer, "name", "Zhao Liu")).statusCode(200);
        change(partner, enterprise(customer, "change_type", 1)).statusCode(400).body("error_code", equalTo("CBC.99007188"));
        approveLatest(customer);

        change(partner, enterprise(customer)).statusCode(400).body("error_code", equalTo("CBC.0101"))
                .body("details[0].field", equalTo("change_type"));
        change(partner, enterprise(customer, "change_type", 2)).statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("change_type"));
        change(partner, enterprise(customer, "change_type", -1)).statusCode(400).body("error_code", equalTo("CBC.0100"));
        submitEnterprise(partner, enterprise(customer, "change_type", 1)).statusCode(400)
                .body("error_code", equalTo("CBC.0100"));

        change(partner, enterprise(customer, "change_type", 1, "corp_name", "Zhao Trading Ltd.")).statusCode(200)
                .body("is_review", equalTo(1));
        queryCustomer(partner, customer).body("customer_infos[0].verified_status", equalTo("0"));
        rejectLatest(customer, "licence expired");
        // a rejected change leaves a verified individual
        queryCustomer(partner, customer).body("customer_infos[0].verified_status", equalTo("2"))
                .body("customer_infos[0].customer_type", equalTo(0))
                .body("customer_infos[0].customer", equalTo("Zhao Liu"));

        change(partner, enterprise(customer, "change_type", 1, "corp_name", "Zhao Trading Ltd.")).statusCode(200);
        approveLatest(customer);
        queryCustomer(partner, customer).body("customer_infos[0].verified_status", equalTo("2"))
                .body("customer_infos[0].customer_type", equalTo(1))
                .body("customer_infos[0].customer", equalTo("Zhao Trading Ltd."));
        change(partner, enterprise(customer, "change_type", 1)).statusCode(400).body("error_code", equalTo("CBC.91005032"));
    }

    @Test
    void rule55TheQueryShowsStatusTypeAndNameAndFiltersByName() {
        String partner = enabledPartner();
        String none = consentedCustomer(partner);
        String reviewing = consentedCustomer(partner);
        String failed = consentedCustomer(partner);
        String person = consentedCustomer(partner);
        String company = consentedCustomer(partner);
        submitIndividual(partner, individual(reviewing, "name", "Sun Qi")).statusCode(200);
        submitIndividual(partner, individual(failed, "name", "Zhou Ba")).statusCode(200);
        rejectLatest(failed, "wrong passport");
        submitIndividual(partner, individual(person, "name", "Zhang San Feng")).statusCode(200);
        approveLatest(person);
        submitEnterprise(partner, enterprise(company, "corp_name", "Feng_Shui 100% Ltd.")).statusCode(200);
        approveLatest(company);

        expect(partner, none, "-1", "-1", null);
        expect(partner, reviewing, "0", "-1", null);
        expect(partner, failed, "1", "-1", null);
        expect(partner, person, "2", "0", "Zhang San Feng");
        expect(partner, company, "2", "1", "Feng_Shui 100% Ltd.");

        CustomerQuery.of(partner, "san f").body("count", equalTo(1)).body("customer_infos.customer_id", contains(person));
        CustomerQuery.of(partner, "FENG").body("count", equalTo(2));
        CustomerQuery.of(partner, "100%").body("count", equalTo(1)).body("customer_infos.customer_id", contains(company));
        CustomerQuery.of(partner, "%").body("count", equalTo(1));
        CustomerQuery.of(partner, "g_s").body("count", equalTo(1));
        CustomerQuery.of(partner, "_").body("count", equalTo(1));
        CustomerQuery.of(partner, "Sun Qi").body("count", equalTo(0));
        // another partner's names are never found
        CustomerQuery.of(registeredPartner(), "Zhang").body("count", equalTo(0));
    }

    private static void expect(String partner, String customer, String status, String type, String name) {
        queryCustomer(partner, customer).statusCode(200)
                .body("customer_infos[0].verified_status", equalTo(status))
                .body("customer_infos[0].customer_type", equalTo(Integer.valueOf(type)))
                .body("customer_infos[0].customer", equalTo(name));
    }

    private static final class CustomerQuery {
        static io.restassured.response.ValidatableResponse of(String partner, String name) {
            return com.acmecloud.partnercenter.customer.CustomerTestApi.query(partner, Map.of("customer", name))
                    .statusCode(200);
        }
    }
}
