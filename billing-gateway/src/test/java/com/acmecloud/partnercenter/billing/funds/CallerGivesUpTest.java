package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.customerBalance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A money move whose caller stops waiting (its client timed out and closed the connection) is still carried out, not
 * cancelled halfway: the caller's retry with the same Idempotency-Key then gets the first answer instead of moving the
 * money anew, and the service logs no rolled-back transaction.
 */
@QuarkusTest
class CallerGivesUpTest {

    @Test
    void anAllocationWhoseCallerHungUpCompletesAndItsRetryReplaysIt() throws Exception {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "100.00");
        String key = "give-up-" + UUID.randomUUID();
        long logBefore = Files.size(Path.of("target/quarkus-test.log"));

        try (Connection db = jdbc()) {
            // hold the partner's cash row so that the allocation waits inside its transaction
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement(
                    "SELECT balance FROM account WHERE owner_type = 'PARTNER' AND owner_id = ? AND kind = 'CASH' "
                            + "FOR UPDATE")) {
                lock.setString(1, partner);
                lock.executeQuery().close();
            }
            assertThatThrownBy(() -> as(Tokens.partner(partner)).header("Idempotency-Key", key)
                    .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 1_000)))
                    .body(body("customer_id", customer, "amount", 10)).post(ADJUST))
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            db.rollback(); // the caller has hung up; now the allocation can take the lock
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> BigDecimal.TEN.compareTo(zeroIfNull(customerBalance(partner, customer))) == 0);
        String transferId = as(Tokens.partner(partner)).header("Idempotency-Key", key)
                .body(body("customer_id", customer, "amount", 10)).post(ADJUST).then().statusCode(200).extract()
                .path("transfer_id");
        assertThat(transferId).isNotBlank();
        assertThat(customerBalance(partner, customer)).isEqualByComparingTo("10.00");
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log.substring((int) Math.min(logBefore, log.length()))).doesNotContain("HR000090");
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Connection jdbc() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
