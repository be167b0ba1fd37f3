package com.acmecloud.partnercenter.billing.payouts;

import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitPartner;
import static com.acmecloud.partnercenter.billing.BillingTestApi.event;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.IncentiveEvents;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Incentive payouts from incentive.events through the real broker: exactly once per payout id under redelivery and
 * re-publication, refused while business information blocks payouts (rule 60), coupon quota and bank transfer only
 * recorded; poison to incentive.events.dlq.
 */
@QuarkusTest
public class PayoutTest {

    @Inject
    Ledger ledger;

    public static void businessInformation(String partner, String status, boolean blocked, String company) {
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.BUSINESS_INFORMATION_CHANGED, "/partner-service",
                partner, new PartnerEvents.BusinessInformationChanged(partner, status, blocked,
                        company == null ? null : new PartnerEvents.VerifiedBusinessInformation(company, "Bank",
                                "****1234", company, new BigDecimal("0.06"), Instant.now()),
                        "PENDING".equals(status) ? Instant.now() : null, Instant.now())));
    }

    /** A registered partner whose business information is verified (payouts allowed). */
    public static String verifiedPartner(String company) {
        String partner = registeredPartner();
        businessInformation(partner, "VERIFIED", false, company);
        awaitPartner(partner, p -> !p.payoutBlocked && company.equals(p.verifiedCompanyName));
        return partner;
    }

    static CloudEvent payout(String partner, String payoutId, String amount, String method) {
        return event(IncentiveEvents.PAYOUT_REQUESTED, "/incentive-service", payoutId,
                new IncentiveEvents.PayoutRequested(payoutId, partner, new BigDecimal(amount), method, "ST-2026-11",
                        Instant.now()));
    }

    private BigDecimal cash(String partner) {
        AccountRef cash = AccountRef.partner(partner, AccountKind.CASH);
        return Tx.call(() -> ledger.balances(Set.of(cash))).get(cash);
    }

    private static boolean about(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String type,
                                 String payoutId) {
        return r.value().contains(type) && r.value().contains(payoutId);
    }

    @Test
    void anAccountCreditPayoutCreditsTheCashBalanceExactlyOnceUnderRedelivery() {
        String partner = verifiedPartner("Payout Co " + UUID.randomUUID());
        String payoutId = "PO-" + UUID.randomUUID();
        String marker = "PO-" + UUID.randomUUID();
        CloudEvent request = payout(partner, payoutId, "1234.56", IncentiveEvents.ACCOUNT_CREDIT);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            publish(IncentiveEvents.TOPIC, partner, request);
            publish(IncentiveEvents.TOPIC, partner, request); // redelivered
            // published again under a new event id: still the same payout
            publish(IncentiveEvents.TOPIC, partner, payout(partner, payoutId, "1234.56", IncentiveEvents.ACCOUNT_CREDIT));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, marker, "0.44", IncentiveEvents.ACCOUNT_CREDIT));
            billing.await(r -> about(r, BillingEvents.PAYOUT_SETTLED.type(), marker), 1, Duration.ofSeconds(30));

            var settled = billing.received(r -> about(r, BillingEvents.PAYOUT_SETTLED.type(), payoutId));
            assertThat(settled).hasSize(1);
            assertThat(settled.get(0).key()).isEqualTo(partner);
            assertThat(settled.get(0).value()).contains("\"status\":\"CREDITED\"").contains("\"trans_id\":\"AJ");
        }
        assertThat(cash(partner)).isEqualByComparingTo("1235.00");
        LedgerInvariants.assertBalancesEqualEntries();
        LedgerInvariants.assertNoNegativeBalance();
    }

    @Test
    void rule60APayoutIsRefusedWhileBusinessInformationBlocksItAndSettledWhenRequestedAgainAfterVerification() {
        String partner = registeredPartner(); // no business information yet
        String payoutId = "PO-" + UUID.randomUUID();
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            publish(IncentiveEvents.TOPIC, partner, payout(partner, payoutId, "300.00", IncentiveEvents.ACCOUNT_CREDIT));
            var refused = billing.await(r -> about(r, BillingEvents.PAYOUT_REFUSED.type(), payoutId), 1,
                    Duration.ofSeconds(30));
            assertThat(refused.get(0).value()).contains("BUSINESS_INFORMATION_NOT_VERIFIED");
            assertThat(cash(partner)).isEqualByComparingTo("0");

            String company = "Verified Co " + UUID.randomUUID();
            businessInformation(partner, "VERIFIED", false, company);
            // a change is pending: blocked again
            businessInformation(partner, "PENDING", true, company);
            awaitPartner(partner, p -> p.payoutBlocked && "PENDING".equals(p.businessInfoStatus));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, payoutId, "300.00", IncentiveEvents.ACCOUNT_CREDIT));
            var pending = billing.await(r -> about(r, BillingEvents.PAYOUT_REFUSED.type(), payoutId), 2,
                    Duration.ofSeconds(30));
            assertThat(pending.get(1).value()).contains("BUSINESS_INFORMATION_CHANGE_PENDING");

            businessInformation(partner, "VERIFIED", false, company);
            awaitPartner(partner, p -> !p.payoutBlocked);
            publish(IncentiveEvents.TOPIC, partner, payout(partner, payoutId, "300.00", IncentiveEvents.ACCOUNT_CREDIT));
            billing.await(r -> about(r, BillingEvents.PAYOUT_SETTLED.type(), payoutId), 1, Duration.ofSeconds(30));
        }
        assertThat(cash(partner)).isEqualByComparingTo("300.00");
    }

    @Test
    void couponQuotaAndBankTransferPayoutsAreRecordedWithoutMovingMoneyAndPoisonGoesToTheDeadLetterTopic() {
        String partner = verifiedPartner("Quota Co " + UUID.randomUUID());
        String quota = "PO-" + UUID.randomUUID();
        String bank = "PO-" + UUID.randomUUID();
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC);
             TopicReader dlq = new TopicReader("incentive.events.dlq")) {
            publish(IncentiveEvents.TOPIC, partner, payout(partner, "PO-bad", "-5.00", IncentiveEvents.ACCOUNT_CREDIT));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, "PO-bad2", "5.001", IncentiveEvents.ACCOUNT_CREDIT));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, "PO-bad3", "5.00", "CASH_IN_HAND"));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, quota, "80.00", IncentiveEvents.COUPON_QUOTA));
            publish(IncentiveEvents.TOPIC, partner, payout(partner, bank, "90.00", IncentiveEvents.BANK_TRANSFER));
            assertThat(billing.await(r -> about(r, BillingEvents.PAYOUT_SETTLED.type(), quota), 1,
                    Duration.ofSeconds(30)).get(0).value()).contains("\"status\":\"QUOTA_GRANTED\"");
            // the incentive became a cash coupon quota of its amount, which the partner sees among its quotas
            given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON).body(Map.of())
                    .post("/v2/partners/coupon-quotas/query").then().statusCode(200)
                    .body("total_count", equalTo(1))
                    .body("quotas[0].quota_type", equalTo(1))
                    .body("quotas[0].quota_value", equalTo(80.00f))
                    .body("quotas[0].balance", equalTo(80.00f));
            assertThat(billing.await(r -> about(r, BillingEvents.PAYOUT_SETTLED.type(), bank), 1,
                    Duration.ofSeconds(30)).get(0).value()).contains("\"status\":\"PENDING_BANK_TRANSFER\"");
            dlq.await(TopicReader.keyed(partner), 3, Duration.ofSeconds(30));
        }
        assertThat(cash(partner)).isEqualByComparingTo("0");
    }
}
