package com.acmecloud.partnercenter.customer.verification.service;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.verification.repository.VerificationCodeRepository;
import com.acmecloud.partnercenter.platform.test.NoBlockedEventLoop;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code partnercenter.sms.provider=huawei} the codes go to Huawei MSGSMS (here a local stand-in of its HTTP
 * API): the documented form, WSSE authentication, the code as a template variable; a refusal or an unreachable
 * provider is the retryable CBC.91005005 (503) and stores no code. Neither the code nor the app secret is logged.
 */
@QuarkusTest
@TestProfile(HuaweiSmsGatewayTest.HuaweiProvider.class)
class HuaweiSmsGatewayTest {

    public static class HuaweiProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(HuaweiSmsStandIn.class));
        }
    }

    private static final Pattern WSSE = Pattern.compile("UsernameToken Username=\"([^\"]+)\",PasswordDigest=\"([^\"]+)\","
            + "Nonce=\"([^\"]+)\",Created=\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z)\"");

    @BeforeEach
    void accepting() {
        HuaweiSmsStandIn.RECEIVED.clear();
        HuaweiSmsStandIn.answer(200, "{\"result\":[{\"originTo\":\"+8613800000000\",\"createTime\":"
                + "\"2026-12-02T07:00:00Z\",\"from\":\"8824110605001\",\"smsMsgId\":\"abc\",\"status\":\"000000\"}],"
                + "\"code\":\"000000\",\"description\":\"Success\"}");
    }

    @Test
    void theCodeGoesToMsgSmsAsTheDocumentedSignedFormAndWorks() throws IOException {
        String partner = registeredPartner();
        String mobile = newMobile();
        sendCode(partner, mobile, 20).statusCode(204);

        assertThat(HuaweiSmsStandIn.RECEIVED).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/sms/batchSendSms/v1");
            assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
            assertThat(request.authorization())
                    .isEqualTo("WSSE realm=\"SDP\",profile=\"UsernameToken\",type=\"Appkey\"");
            Matcher wsse = WSSE.matcher(request.wsse());
            assertThat(wsse.matches()).as(request.wsse()).isTrue();
            assertThat(wsse.group(1)).isEqualTo(HuaweiSmsStandIn.APP_KEY);
            assertThat(wsse.group(2)).isEqualTo(HuaweiSmsGateway.passwordDigest(wsse.group(3), wsse.group(4),
                    HuaweiSmsStandIn.APP_SECRET));
            assertThat(request.form().get("from")).isEqualTo("8824110605001");
            assertThat(request.form().get("to")).isEqualTo("+86" + mobile.substring(5));
            assertThat(request.form().get("templateId")).isEqualTo("tpl-zh-0001");
            assertThat(request.form().get("signature")).isEqualTo("AcmeCloud");
            assertThat(request.form().get("statusCallback")).isNull();
            JsonArray paras = new JsonArray(request.form().get("templateParas"));
            assertThat(paras.getString(0)).matches("\\d{6}");
            assertThat(paras.getString(1)).isEqualTo("20");
        });
        String code = new JsonArray(HuaweiSmsStandIn.RECEIVED.get(0).form().get("templateParas")).getString(0);

        // the code that reached the phone is the one the service checks
        create(partner, customer("mobile_phone", mobile, "verification_code", code)).statusCode(200);

        String log = Files.readString(Path.of(NoBlockedEventLoop.LOG), StandardCharsets.UTF_8);
        assertThat(log).contains("SMS verification code sent to " + mobile.substring(0, 8) + "****")
                .doesNotContain(HuaweiSmsStandIn.APP_SECRET)
                .doesNotContainPattern("(?<!\\d)" + code + "(?!\\d)");
    }

    @Test
    void englishTextsUseTheEnglishTemplate() {
        String mobile = newMobile();
        as(Tokens.partner(registeredPartner())).body(Map.of("receiver_type", 1, "mobile_phone", mobile,
                "lang", "en-us")).post("/v2/bases/verificationcode/send").then().statusCode(204);
        assertThat(HuaweiSmsStandIn.RECEIVED).singleElement()
                .satisfies(request -> assertThat(request.form().get("templateId")).isEqualTo("tpl-en-0001"));
    }

    @Test
    void aRefusalIsTheRetryableDeliveryErrorAndStoresNoCode() {
        String partner = registeredPartner();
        String mobile = newMobile();
        HuaweiSmsStandIn.answer(200, "{\"code\":\"E000510\",\"description\":\"The SMS fails to be sent.\"}");
        assertCbcError("refused", sendCode(partner, mobile, null).extract().response(), 503, "CBC.91005005");

        HuaweiSmsStandIn.answer(500, "<html>Internal Server Error</html>");
        assertCbcError("provider error", sendCode(partner, mobile, null).extract().response(), 503, "CBC.91005005");

        assertThat(HuaweiSmsStandIn.RECEIVED).hasSize(2);
        assertThat(Tx.call(() -> Arc.container().instance(VerificationCodeRepository.class).get()
                .count("mobilePhone", mobile))).isZero();
        // no code was stored, so the customer cannot be created with one
        assertCbcError("no code", create(partner, customer("mobile_phone", mobile, "verification_code", "123456"))
                .extract().response(), 400, "CBC.91005001");
    }
}
