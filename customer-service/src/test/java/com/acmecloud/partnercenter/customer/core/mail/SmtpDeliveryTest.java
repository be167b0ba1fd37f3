package com.acmecloud.partnercenter.customer.core.mail;

import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.invite;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newEmail;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newSubject;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.sendSignUpCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.CustomerTestApi;
import com.acmecloud.partnercenter.customer.deals.DealsTestApi;
import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.NoBlockedEventLoop;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * As in production: the dev outbox is off, so invitation e-mails and sign-up e-mail codes go to the mailer. No SMTP
 * test server is available offline, so the mailer runs in its mock mode and the test reads the mails from Quarkus's
 * {@link MockMailbox}; the mock would log whole e-mails at INFO, which the {@code quarkus-mailer} log category (WARN
 * in every profile) suppresses: neither the link nor the code is in the log.
 */
@QuarkusTest
@TestProfile(SmtpDeliveryTest.Production.class)
class SmtpDeliveryTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercenter.dev-outbox.enabled", "false", "quarkus.mailer.mock", "true");
        }
    }

    /** The six digits of the code in the (zh-cn by default) text: "您的验证码为123456，10分钟内有效。". */
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    @Inject
    MockMailbox mailbox;

    @Test
    void invitationsAndSignUpCodesAreMailedAndNotLogged() throws IOException {
        String partner = CustomerTestApi.registeredPartner();
        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        var online = invite(partner, body("registration_id", registration, "channel", "ONLINE",
                "association_type", "2")).statusCode(200).extract();
        String invitationCode = online.path("invitation_code");

        List<Mail> invitations = mailbox.getMailsSentTo(email);
        assertThat(invitations).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Invitation from your Huawei Cloud partner");
            assertThat(mail.getText()).contains(online.<String>path("invitation_url"));
        });

        String token = Tokens.customerWithoutAccount(newSubject());
        sendSignUpCode(token, invitationCode, "email", email).statusCode(204);
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(2);
        Matcher matcher = CODE.matcher(mails.get(1).getText());
        assertThat(matcher.find()).as("a code in " + mails.get(1).getSubject()).isTrue();
        String code = matcher.group(1);
        accept(token, invitationCode, body("email", email, "email_verification_code", code)).statusCode(200);

        CbcAssertions.assertCbcError("no dev outbox", RestAssured.given().get("/dev/outbox"), 404, "CBC.91000001");

        String log = Files.readString(Path.of(NoBlockedEventLoop.LOG), StandardCharsets.ISO_8859_1);
        assertThat(log).contains("Invitation e-mail sent to " + email.charAt(0) + "***@example.com");
        assertThat(log).doesNotContain(invitationCode).doesNotContain(online.<String>path("invitation_url"))
                .doesNotContainPattern("(?<![0-9A-Za-z])" + code + "(?![0-9A-Za-z])");
    }
}
