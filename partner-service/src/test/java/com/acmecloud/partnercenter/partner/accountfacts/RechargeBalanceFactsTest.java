package com.acmecloud.partnercenter.partner.accountfacts;

import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.PartnerTestApi;
import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.partner.accountfacts.repository.PartnerCashBalanceRepository;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rule 4 from billing-gateway's facts: a partner whose recharge balance billing last reported as non-zero can
 * neither apply to Cloud Reseller nor be approved, and can once the balance is zero; fed to the real broker as
 * billing writes billing.partner_cash_balance_changed.v1. A redelivered fact changes nothing.
 */
@QuarkusTest
class RechargeBalanceFactsTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    PartnerCashBalanceRepository balances;

    private CloudEvent cash(String partner, String balance, Instant at) {
        return codec.envelope(BillingEvents.PARTNER_CASH_BALANCE_CHANGED, "/billing-gateway", partner,
                new BillingEvents.PartnerCashBalanceChanged(partner, BigDecimal.ZERO.setScale(2),
                        new BigDecimal(balance), "RECHARGE", "RC" + UUID.randomUUID(), at),
                at.truncatedTo(ChronoUnit.MILLIS));
    }

    private void publish(String key, String value) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(BillingEvents.TOPIC, key, value)).awaitCompletion();
    }

    private BigDecimal balance(String partner) {
        return Tx.call(() -> balances.cashBalance(partner));
    }

    /**
     * Publishes the facts on the partner's key, then a marker fact on the same key: once the marker is projected,
     * every fact before it is too.
     */
    private void publishAndSettle(String partner, CloudEvent... facts) {
        for (CloudEvent fact : facts) {
            publish(partner, codec.encode(fact));
        }
        String marker = "marker-" + UUID.randomUUID();
        publish(partner, codec.encode(cash(marker, "0.01", Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> balance(marker).signum() > 0);
    }

    @Test
    void aPartnerWithARechargeBalanceCannotApplyToCloudResellerUntilItIsZero() {
        String partner = ProgramsTestApi.verifiedPartner();
        Instant t0 = Instant.now();
        CloudEvent recharged = cash(partner, "100.00", t0);

        publishAndSettle(partner, recharged, recharged);
        assertThat(balance(partner)).isEqualByComparingTo("100.00");
        assertCbcError("recharge balance", PartnerTestApi.apply(partner, "CLOUD_RESELLER").extract().response(), 400,
                "CBC.91002016");

        // withdrawn to zero; the recharge fact is then redelivered and changes nothing
        publishAndSettle(partner, cash(partner, "0.00", t0.plusSeconds(1)), recharged);
        assertThat(balance(partner)).isEqualByComparingTo("0.00");
        PartnerTestApi.apply(partner, "CLOUD_RESELLER").statusCode(201);
    }

    @Test
    void theApprovalIsRefusedWhileTheBalanceIsNotZero() {
        String partner = ProgramsTestApi.verifiedPartner();
        String application = ProgramsTestApi.applied(partner, "CLOUD_RESELLER");
        Instant t0 = Instant.now();

        publishAndSettle(partner, cash(partner, "50.00", t0));
        assertCbcError("approved with a balance", ProgramsTestApi.reviewApplication(partner, application, "APPROVED",
                null).extract().response(), 400, "CBC.91002016");

        publishAndSettle(partner, cash(partner, "0.00", t0.plusSeconds(1)));
        try (TopicReader partnerEvents = new TopicReader("partner.events")) {
            ProgramsTestApi.reviewApplication(partner, application, "APPROVED", null).statusCode(200);
            partnerEvents.await(r -> partner.equals(r.key()) && r.value().contains("program.joined"), 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aSolutionProviderApplicationDoesNotLookAtTheBalance() {
        String partner = ProgramsTestApi.fullyEnrolledPartner();
        publishAndSettle(partner, cash(partner, "10.00", Instant.now()));
        PartnerTestApi.apply(partner, "SOLUTION_PROVIDER").statusCode(201);
    }
}
