package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.body;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.invite;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newEmail;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.newSubject;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.preview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.acmecloud.partnercenter.customer.deals.DealsTestApi;
import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.test.NoBlockedEventLoop;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One-time secrets never reach a log: the SMS codes and the invitation codes and links this service sent (this test's
 * and every earlier test's of the run, as the dev outbox kept them) appear in no line of the test log
 * ({@value NoBlockedEventLoop#LOG}). The codes are read from the dev outbox, as the local stack does.
 */
@QuarkusTest
class NoSecretsInLogTest {

    @Inject
    DevOutbox outbox;

    @Inject
    RecordingSmsGateway sms;

    @Test
    void smsCodesAndInvitationLinksAreInTheDevOutboxAndInNoLogLine() throws IOException {
        String partner = CustomerTestApi.registeredPartner();
        String zh = newMobile();
        String en = newMobile();
        sendCode(partner, zh, null).statusCode(204);
        as(Tokens.partner(partner)).body(Map.of("receiver_type", 1, "mobile_phone", en, "lang", "en-us"))
                .post("/v2/bases/verificationcode/send").then().statusCode(204);
        assertThat(sms.textsTo(zh)).singleElement().asString().startsWith("您的验证码为" + sms.lastCode(zh));
        assertThat(sms.textsTo(en)).singleElement().asString()
                .startsWith("Your verification code is " + sms.lastCode(en));

        String email = newEmail();
        String registration = DealsTestApi.register(partner, body("email", email)).statusCode(200)
                .extract().path("registration_id");
        var online = invite(partner, body("registration_id", registration, "channel", "ONLINE",
                "association_type", "2")).statusCode(200).extract();
        var offline = invite(partner, body("registration_id", registration, "channel", "OFFLINE",
                "association_type", "2")).statusCode(200).extract();
        String token = Tokens.customerWithoutAccount(newSubject());
        preview(token, online.path("invitation_code")).statusCode(200);
        preview(token, offline.path("invitation_code")).statusCode(200);

        // the dev outbox serves them (the local stack reads it over HTTP)
        RestAssured.given().queryParam("to", email).get("/dev/outbox").then().statusCode(200)
                .body("messages.values.invitation_url", hasItem(online.<String>path("invitation_url")));
        RestAssured.given().queryParam("to", zh).get("/dev/outbox").then().statusCode(200)
                .body("messages[0].values.code", equalTo(sms.lastCode(zh)));

        Set<String> secrets = new LinkedHashSet<>(List.of(online.path("invitation_code"),
                offline.path("invitation_code"), online.path("invitation_url"), offline.path("invitation_url")));
        for (DevOutbox.Message message : outbox.all()) {
            if (message.values().containsKey("code")) {
                secrets.add(message.values().get("code"));
            }
            if (message.values().containsKey("invitation_url")) {
                String url = message.values().get("invitation_url");
                secrets.add(url);
                secrets.add(url.substring(url.lastIndexOf('/') + 1));
            }
        }
        List<String> lines = logLines();
        // the log is the one the service writes: it says that the texts were sent, to masked numbers
        assertThat(lines).anyMatch(line -> line.contains("SMS verification code sent to "
                + zh.substring(0, 8) + "****" + zh.substring(zh.length() - 4)));
        assertThat(lines).anyMatch(line -> line.contains("Invitation e-mail to " + email.charAt(0)
                + "***@example.com kept in the dev outbox"));

        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            // a 6-digit SMS code counts only as a number of its own, not inside a longer one
            Pattern pattern = Pattern.compile(secret.matches("\\d+") ? "(?<!\\d)" + secret + "(?!\\d)"
                    : Pattern.quote(secret));
            lines.stream().filter(line -> pattern.matcher(line).find())
                    .forEach(line -> leaks.add(secret + " in: " + line));
        }
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(leaks).as("one-time secrets in the log").isEmpty();
    }

    /** Every line of the run's log file, from its beginning. */
    private static List<String> logLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(Path.of(NoBlockedEventLoop.LOG).toFile(), "r")) {
            String line;
            while ((line = file.readLine()) != null) {
                lines.add(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
