package com.acmecloud.partnercenter.customer.realname.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.consentedCustomer;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.enabledPartner;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.files;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.individual;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.latestAuth;
import static com.acmecloud.partnercenter.customer.RealNameTestApi.submitIndividual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.RecordingSmsGateway;
import com.acmecloud.partnercenter.customer.realname.domain.RealNameAuth;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 51, identify_type 4: a bank card and one face photo, confirmed by an SMS code of scene 18 for the customer. */
@QuarkusTest
class BankCardRealNameTest {

    @Inject
    RecordingSmsGateway sms;

    private static ValidatableResponse sendScene18(String partner, String mobile, String customerId) {
        return as(Tokens.partner(partner)).body(Map.of("receiver_type", 1, "mobile_phone", mobile, "scene", 18,
                "customer_id", customerId)).post("/v2/bases/verificationcode/send").then();
    }

    private static Map<String, Object> bankCard(String customerId, String mobile, String code) {
        return individual(customerId, "identify_type", 4, "verified_type", null, "verified_file_url", files(1, "jpg"),
                "bank_card_info", Map.of("bank_account", "6222020000001234567", "areacode", "0086",
                        "mobile", mobile.substring(5), "verification_code", code));
    }

    @Test
    void aScene18CodeSentForTheCustomerConfirmsTheBankCard() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        String mobile = newMobile();
        sendScene18(partner, mobile, customer).statusCode(204);

        submitIndividual(partner, bankCard(customer, mobile, "000000".equals(sms.lastCode(mobile)) ? "111111" : "000000"))
                .statusCode(400).body("error_code", equalTo("CBC.99004010"));
        submitIndividual(partner, bankCard(customer, mobile, sms.lastCode(mobile))).statusCode(200)
                .body("is_review", equalTo(1));

        RealNameAuth auth = latestAuth(customer);
        assertThat(auth.identifyType).isEqualTo((short) 4);
        assertThat(auth.bankAccountMasked).isEqualTo("***************4567");
        assertThat(auth.bankMobileMasked).endsWith(mobile.substring(mobile.length() - 4)).doesNotContain(mobile.substring(5, 12));
    }

    @Test
    void aCodeForAnotherCustomerOrAnotherSceneDoesNotCount() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        String other = consentedCustomer(partner);
        String mobile = newMobile();

        sendScene18(partner, mobile, other).statusCode(204);
        submitIndividual(partner, bankCard(customer, mobile, sms.lastCode(mobile))).statusCode(400)
                .body("error_code", equalTo("CBC.91005001"));

        String registration = newMobile();
        sendCode(partner, registration, null).statusCode(204);
        submitIndividual(partner, bankCard(customer, registration, sms.lastCode(registration))).statusCode(400)
                .body("error_code", equalTo("CBC.91005001"));

        // a code is used once
        sendScene18(partner, mobile, customer).statusCode(204);
        String code = sms.lastCode(mobile);
        submitIndividual(partner, bankCard(customer, mobile, code)).statusCode(200);
        com.acmecloud.partnercenter.customer.RealNameTestApi.rejectLatest(customer, "face does not match");
        submitIndividual(partner, bankCard(customer, mobile, code)).statusCode(400).body("error_code", equalTo("CBC.91005001"));
    }

    @Test
    void scene18NeedsTheCallersOwnCustomer() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        String mobile = newMobile();
        as(Tokens.partner(partner)).body(Map.of("receiver_type", 1, "mobile_phone", mobile, "scene", 18))
                .post("/v2/bases/verificationcode/send").then().statusCode(400).body("error_code", equalTo("CBC.0101"))
                .body("details[0].field", equalTo("customer_id"));
        sendScene18(registeredPartner(), mobile, customer).statusCode(400).body("error_code", equalTo("CBC.99000035"));
        sendScene18(partner, mobile, "no-such-customer").statusCode(400).body("error_code", equalTo("CBC.99000035"));
        as(Tokens.partner(partner)).body(Map.of("receiver_type", 1, "mobile_phone", mobile, "scene", 17))
                .post("/v2/bases/verificationcode/send").then().statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details[0].field", equalTo("scene"));
        assertThat(sms.textsTo(mobile)).isEmpty();
    }

    @Test
    void aMalformedBankCardIsRefused() {
        String partner = enabledPartner();
        String customer = consentedCustomer(partner);
        Map<String, Object> body = individual(customer, "identify_type", 4, "verified_type", null,
                "verified_file_url", files(1, "png"), "bank_card_info", Map.of("bank_account", "12ab",
                        "areacode", "0044", "mobile", "13800000000", "verification_code", "123456"));
        submitIndividual(partner, body).statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body("details.field", org.hamcrest.Matchers.hasItems("bank_card_info.bank_account", "bank_card_info.areacode"));
        submitIndividual(partner, individual(customer, "identify_type", 4, "verified_type", null,
                "verified_file_url", files(1, "png"), "bank_card_info", Map.of("bank_account", "6222020000001234",
                        "areacode", "0086", "mobile", "2380000000", "verification_code", "123456")))
                .statusCode(400).body("error_code", equalTo("CBC.5017"));
        submitIndividual(partner, individual(customer, "identify_type", 4, "verified_type", null,
                "verified_file_url", files(2, "png"), "bank_card_info", Map.of("bank_account", "6222020000001234",
                        "areacode", "0086", "mobile", "13800000000", "verification_code", "123456")))
                .statusCode(400).body("error_code", equalTo("CBC.0100")).body("details[0].field", equalTo("verified_file_url"));
    }
}
