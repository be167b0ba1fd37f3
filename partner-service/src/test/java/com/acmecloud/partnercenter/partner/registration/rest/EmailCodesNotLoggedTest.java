package com.acmecloud.partnercenter.partner.registration.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * E-mail binding codes and member-invitation links are secrets: the ones this test sends, and every one that earlier
 * tests of the run sent (as the dev outbox kept them), appear in no line of the test log
 * ({@value NoBlockedEventLoop#LOG}). The local stack reads them from the dev outbox ({@code GET /dev/outbox}).
 */
@QuarkusTest
class EmailCodesNotLoggedTest {

    @Inject
    DevOutbox outbox;

    @Test
    void emailCodesAreInTheDevOutboxAndInNoLogLine() throws IOException {
        String bound = registered();
        String failed = registered();
        PartnerTestApi.confirmEmail(bound, PartnerTestApi.sendEmailCode(bound)).statusCode(200);
        String code = PartnerTestApi.sendEmailCode(failed);
        PartnerTestApi.confirmEmail(failed, code.equals("000000") ? "111111" : "000000").statusCode(400);
        String email = PartnerTestApi.as(Tokens.partner(failed)).get("/v2/partners/{id}", failed).then()
                .statusCode(200).extract().path("contact_email");
        RestAssured.given().queryParam("to", email).get("/dev/outbox").then().statusCode(200)
                .body("messages[0].channel", equalTo("email"))
                .body("messages[0].values.code", equalTo(code))
                .body("messages[0].text", equalTo("Your verification code is " + code + ". It expires in 10 minutes."));

        Set<String> secrets = new LinkedHashSet<>();
        for (DevOutbox.Message message : outbox.all()) {
            if (message.values().containsKey("code")) {
                secrets.add(message.values().get("code"));
            }
            if (message.values().containsKey("invitation_link")) {
                String link = message.values().get("invitation_link");
                secrets.add(link.substring(link.lastIndexOf('/') + 1));
            }
        }
        List<String> lines = logLines();
        // the service's log says that the e-mails went out, to masked addresses
        assertThat(lines).anyMatch(line -> line.contains("E-mail binding code e-mail to o***@example.com kept in the "
                + "dev outbox"));

        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            // a 6-digit code counts only as a token of its own, not inside a longer number or id
            Pattern pattern = Pattern.compile(secret.matches("\\d+")
                    ? "(?<![0-9A-Za-z])" + secret + "(?![0-9A-Za-z])" : Pattern.quote(secret));
            lines.stream().filter(line -> pattern.matcher(line).find())
                    .forEach(line -> leaks.add(secret + " in: " + line));
        }
        assertThat(secrets).contains(code).hasSizeGreaterThanOrEqualTo(2);
        assertThat(leaks).as("one-time secrets in the log").isEmpty();
    }

    private static String registered() {
        String partnerId = Tokens.newPartnerId();
        PartnerTestApi.register(partnerId).statusCode(201);
        return partnerId;
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
