package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasLength;

import com.acmecloud.partnercenter.customer.RecordingSmsGateway;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rules 16–21 through the HTTP API, against the real database. */
@QuarkusTest
class SubCustomerRulesTest {

    @Inject
    RecordingSmsGateway sms;

    @Inject
    TestClock clock;

    @Inject
    SubCustomerRepository customers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String name() {
        return "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    @Test
    void rules16And17And18ACustomerIsCreatedAssociatedInResaleModeWithARandomName() {
        String partner = registeredPartner();
        String domainId = create(partner, customer()).statusCode(200)
                .body("domain_name", hasLength(32)).extract().path("domain_id");

        query(partner, Map.of("customer_id", domainId)).statusCode(200)
                .body("count", equalTo(1))
                .body("customer_infos[0].association_type", equalTo("2"))
                .body("customer_infos[0].xaccount_type", equalTo("partner_platform"))
                .body("customer_infos[0].is_frozen", equalTo(0));
    }

    @Test
    void rule17TheDeprecatedCooperationType1CreatesAReferralCustomer() {
        String partner = registeredPartner();
        String domainId = create(partner, customer("cooperation_type", "1", "domain_name", name())).statusCode(200)
                .extract().path("domain_id");
        query(partner, Map.of("association_type", "1")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(domainId));
    }

    @Test
    void rule17CooperationTypeIs1OrAbsentAnythingElseIsRefusedNamingTheField() {
        String partner = registeredPartner();
        for (String value : new String[] {"2", "3", "0", " 1", "referral"}) {
            Response refused = create(partner, customer("cooperation_type", value)).extract().response();
            assertCbcError("cooperation_type " + value, refused, 400, "CBC.0100");
            assertThat(refused.jsonPath().getString("details[0].field")).isEqualTo("cooperation_type");
        }
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
        // empty counts as absent: resale
        String domainId = create(partner, customer("cooperation_type", "")).statusCode(200).extract().path("domain_id");
        query(partner, Map.of("customer_id", domainId)).statusCode(200)
                .body("customer_infos[0].association_type", equalTo("2"));
    }

    @Test
    void isCloseMarketMsTakesHuaweisTrueAndFalseInAnyCase() {
        String partner = registeredPartner();
        Map<String, Boolean> expected = Map.of("True", true, "False", false, "true", true, "false", false,
                "TRUE", true, "", false);
        expected.forEach((value, closed) -> {
            String domainId = create(partner, customer("is_close_market_ms", value)).statusCode(200)
                    .extract().path("domain_id");
            Boolean stored = Tx.call(() -> customers.findById(domainId).map(c -> c.closeMarketMs));
            assertThat(stored).as(value).isEqualTo(closed);
        });
    }

    @Test
    void associationType3IsHuaweisResaleFilterInTheQuery() {
        String partner = registeredPartner();
        String resale = create(partner, customer()).statusCode(200).extract().path("domain_id");
        String referral = create(partner, customer("cooperation_type", "1")).statusCode(200).extract().path("domain_id");

        query(partner, Map.of("association_type", "3")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(resale))
                .body("customer_infos[0].association_type", equalTo("2"));
        query(partner, Map.of("association_type", "2")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(resale));
        query(partner, Map.of("association_type", "1")).statusCode(200)
                .body("count", equalTo(1)).body("customer_infos[0].customer_id", equalTo(referral));
        Response refused = query(partner, Map.of("association_type", "4")).extract().response();
        assertCbcError("association_type 4", refused, 400, "CBC.0100");
        assertThat(refused.jsonPath().getString("details[0].field")).isEqualTo("association_type");
    }

    @Test
    void rule18LoginNamesFollowThePatternAndAreUniqueWhateverTheirCase() {
        String partner = registeredPartner();
        create(partner, customer("domain_name", "op_customer")).statusCode(400).body("error_code", equalTo("CBC.99000031"));
        create(partner, customer("domain_name", "123456789")).statusCode(400).body("error_code", equalTo("CBC.99000031"));
        create(partner, customer("domain_name", "abcd")).statusCode(400).body("error_code", equalTo("CBC.99000031"));
        String name = name();
        create(partner, customer("domain_name", name)).statusCode(200).body("domain_name", equalTo(name));
        create(registeredPartner(), customer("domain_name", name.toUpperCase())).statusCode(400)
                .body("error_code", equalTo("CBC.99000038"));
        as(Tokens.partner(partner)).body(Map.of("search_type", "name", "search_value", name))
                .post("/v2/partners/sub-customers/users/check-identity").then().statusCode(200)
                .body("check_result", equalTo("used_by_user"));
        as(Tokens.partner(partner)).body(Map.of("search_type", "name", "search_value", name()))
                .post("/v2/partners/sub-customers/users/check-identity").then().statusCode(200)
                .body("check_result", equalTo("available"));
    }

    @Test
    void rule19PasswordsNeedTwoKindsAndMustNotRepeatTheNameOrPhone() {
        String partner = registeredPartner();
        String name = name();
        create(partner, customer("domain_name", name, "password", "short1")).statusCode(400)
                .body("error_code", equalTo("CBC.99000036"));
        create(partner, customer("domain_name", name, "password", "onlyletters")).statusCode(400)
                .body("error_code", equalTo("CBC.99000036"));
        create(partner, customer("domain_name", name, "password", new StringBuilder(name).reverse().toString()))
                .statusCode(400).body("error_code", equalTo("CBC.99000036"));
        create(partner, customer("domain_name", name, "password", "Str0ng-Passw0rd")).statusCode(200);
    }

    @Test
    void rule20XaccountIdIsUniquePerPlatform() {
        String platform = "platform_" + UUID.randomUUID();
        String partner = registeredPartner(platform);
        Map<String, Object> first = customer("xaccount_type", platform);
        create(partner, first).statusCode(200);
        create(partner, customer("xaccount_id", (String) first.get("xaccount_id"), "xaccount_type", platform))
                .statusCode(400).body("error_code", equalTo("CBC.99000039"));
        // the same xaccount_id on another partner's own platform is another customer
        create(registeredPartner("another_" + platform), customer("xaccount_id", (String) first.get("xaccount_id"),
                "xaccount_type", "another_" + platform)).statusCode(200);
    }

    @Test
    void rule20APartnerCreatesCustomersOnlyUnderItsOwnPlatformIdAndCannotProbeAnothers() {
        String platform = "platform_" + UUID.randomUUID();
        String owner = registeredPartner(platform);
        Map<String, Object> taken = customer("xaccount_type", platform);
        create(owner, taken).statusCode(200);

        // another partner naming the owner's platform: refused before the uniqueness check, whether the
        // xaccount_id exists there or not, so the answer says nothing about the owner's customers
        String intruder = registeredPartner();
        for (String xaccountId : new String[] {(String) taken.get("xaccount_id"), "erp-" + UUID.randomUUID()}) {
            Response refused = create(intruder, customer("xaccount_id", xaccountId, "xaccount_type", platform))
                    .extract().response();
            assertCbcError("another partner's platform id", refused, 403, "CBC.0150");
            assertThat(refused.jsonPath().getString("details[0].field")).isEqualTo("xaccount_type");
            assertThat(refused.jsonPath().getString("details[0].error_msg"))
                    .isEqualTo("is not the platform id assigned to the caller (access configuration)");
        }
        // a partner that has no platform id assigned yet creates no customers
        Response none = create(registeredPartner(null), customer()).extract().response();
        assertCbcError("no platform id assigned", none, 403, "CBC.0150");
        assertThat(none.jsonPath().getString("details[0].error_msg"))
                .isEqualTo("no platform id is assigned to the caller yet (access configuration)");
        query(intruder, Map.of()).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void rule21AMobileNeedsItsVerificationCode() {
        String partner = registeredPartner();
        String mobile = newMobile();
        create(partner, customer("mobile_phone", "+1-5551234567", "verification_code", "123456")).statusCode(400)
                .body("error_code", equalTo("CBC.5017"));
        create(partner, customer("mobile_phone", mobile)).statusCode(400).body("error_code", equalTo("CBC.0101"))
                .body("details[0].field", equalTo("verification_code"));
        create(partner, customer("mobile_phone", mobile, "verification_code", "123456")).statusCode(400)
                .body("error_code", equalTo("CBC.91005001"));

        sendCode(partner, mobile, null).statusCode(204);
        String code = sms.lastCode(mobile);
        create(partner, customer("mobile_phone", mobile, "verification_code", code)).statusCode(200);
        query(partner, Map.of()).statusCode(200).body("customer_infos[0].telephone", equalTo(mobile));
        // used: the number now belongs to a customer
        as(Tokens.partner(partner)).body(Map.of("search_type", "mobile", "search_value", mobile))
                .post("/v2/partners/sub-customers/users/check-identity").then().statusCode(200)
                .body("check_result", equalTo("used_by_user"));
        sendCode(partner, mobile, null).statusCode(204);
        create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile))).statusCode(400)
                .body("error_code", equalTo("CBC.99000029"));
    }

    @Test
    void rule21AWrongCodeIsRefusedAndMoreThanThreeFailuresBlockIt() {
        String partner = registeredPartner();
        String mobile = newMobile();
        sendCode(partner, mobile, null).statusCode(204);
        String code = sms.lastCode(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            create(partner, customer("mobile_phone", mobile, "verification_code", wrong)).statusCode(400)
                    .body("error_code", equalTo("CBC.99004010"));
        }
        create(partner, customer("mobile_phone", mobile, "verification_code", wrong)).statusCode(400)
                .body("error_code", equalTo("CBC.99004009"));
        create(partner, customer("mobile_phone", mobile, "verification_code", code)).statusCode(400)
                .body("error_code", equalTo("CBC.99004009"));

        // three failures still let the right code through
        String other = newMobile();
        sendCode(partner, other, null).statusCode(204);
        for (int i = 0; i < 3; i++) {
            create(partner, customer("mobile_phone", other, "verification_code", "x")).statusCode(400)
                    .body("error_code", equalTo("CBC.99004010"));
        }
        create(partner, customer("mobile_phone", other, "verification_code", sms.lastCode(other))).statusCode(200);
    }

    @Test
    void rule21CodesExpireAfter10MinutesByDefault() {
        String partner = registeredPartner();
        String mobile = newMobile();
        sendCode(partner, mobile, null).statusCode(204);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        // Huawei's create API answers an expired code with CBC.99000027 (CBC.99004008 is the code APIs' own)
        assertCbcError("expired code on create",
                create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile)))
                        .extract().response(), 400, "CBC.99000027");
        assertThat(create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile)))
                .extract().path("error_msg").toString()).isEqualTo("The verification code has expired. Request a new one.");

        sendCode(partner, mobile, null).statusCode(204);
        clock.advance(Duration.ofMinutes(9));
        create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile))).statusCode(200);
    }

    @Test
    void rule21ATimeoutOver60MinutesIsForcedTo5() {
        String partner = registeredPartner();
        String mobile = newMobile();
        sendCode(partner, mobile, 61).statusCode(204);
        assertThat(sms.textsTo(mobile).get(0)).contains("5分钟");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        create(partner, customer("mobile_phone", mobile, "verification_code", sms.lastCode(mobile))).statusCode(400)
                .body("error_code", equalTo("CBC.99000027"));

        String other = newMobile();
        sendCode(partner, other, 60).statusCode(204);
        clock.advance(Duration.ofMinutes(59));
        create(partner, customer("mobile_phone", other, "verification_code", sms.lastCode(other))).statusCode(200);
    }

    @Test
    void rule21AtMost15CodesPerHourAnd60PerDayPerPhone() {
        String partner = registeredPartner();
        String mobile = newMobile();
        for (int hour = 0; hour < 4; hour++) {
            for (int i = 0; i < 15; i++) {
                sendCode(partner, mobile, null).statusCode(204);
            }
            sendCode(partner, mobile, null).statusCode(400).body("error_code", equalTo("CBC.99004015"));
            clock.advance(Duration.ofMinutes(61));
        }
        // 60 in the last 24 hours although none in the last hour
        sendCode(partner, mobile, null).statusCode(400).body("error_code", equalTo("CBC.99004015"));
        sendCode(partner, newMobile(), null).statusCode(204);
        clock.advance(Duration.ofHours(21));
        sendCode(partner, mobile, null).statusCode(204);
    }
}
