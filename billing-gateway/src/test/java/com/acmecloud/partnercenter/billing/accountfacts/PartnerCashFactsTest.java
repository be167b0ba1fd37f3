package com.acmecloud.partnercenter.billing.accountfacts;

import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Rule 4's fact: every change of a partner's cash balance (recharge balance, account type 1) is published as
 * billing.partner_cash_balance_changed, keyed by that partner, whatever moved the money — and nothing else is.
 */
@QuarkusTest
class PartnerCashFactsTest {

    private static final String TYPE = BillingEvents.PARTNER_CASH_BALANCE_CHANGED.type();

    @Inject
    Ledger ledger;

    private static List<ConsumerRecord<String, String>> facts(TopicReader reader, String partnerId, int count) {
        return reader.await(r -> partnerId.equals(r.key()) && r.value().contains("\"" + TYPE + "\""), count,
                Duration.ofSeconds(30));
    }

    private static JsonPath data(ConsumerRecord<String, String> event) {
        return JsonPath.from(event.value()).setRootPath("data");
    }

    @Test
    void aRechargeAndTheCashLeavingArePublishedAndACreditChangeIsNot() {
        String partner = registeredPartner();
        try (TopicReader reader = new TopicReader(BillingEvents.TOPIC)) {
            recharge(partner, "100.00");
            as(Tokens.operator()).body(Map.of("credit_limit", new BigDecimal("50.00"), "reason", "test"))
                    .put("/v2/operations/partners/{id}/credit-limit", partner).then().statusCode(200);
            // the cash leaves (as an approved withdrawal moves it)
            Tx.call(() -> ledger.post(Movement.builder(TradeType.ADJUST, partner, new BigDecimal("100.00"))
                    .actor("operator-1").memo("withdrawal").transfer(AccountRef.partner(partner, AccountKind.CASH),
                            AccountRef.platform(AccountKind.FUNDING_CASH)).build()));

            List<ConsumerRecord<String, String>> facts = facts(reader, partner, 2);
            // the credit change came between the two (one key, in order) and published no cash fact
            assertThat(reader.received(r -> partner.equals(r.key())
                    && r.value().contains("\"" + BillingEvents.PARTNER_CREDIT_CHANGED.type() + "\""))).hasSize(1);
            assertThat(reader.received(r -> partner.equals(r.key()) && r.value().contains("\"" + TYPE + "\"")))
                    .hasSize(2);
            JsonPath recharged = data(facts.get(0));
            assertThat(recharged.getString("partner_id")).isEqualTo(partner);
            assertThat(recharged.getDouble("previous_cash_balance")).isEqualTo(0.0);
            assertThat(recharged.getDouble("cash_balance")).isEqualTo(100.0);
            assertThat(recharged.getString("trade_type")).isEqualTo("RECHARGE");
            assertThat(recharged.getString("trans_id")).isNotBlank();
            JsonPath emptied = data(facts.get(1));
            assertThat(emptied.getDouble("previous_cash_balance")).isEqualTo(100.0);
            assertThat(emptied.getDouble("cash_balance")).isEqualTo(0.0);
            assertThat(emptied.getString("trade_type")).isEqualTo("ADJUST");
        }
    }

    @Test
    void aDistributorsTransferIsTheResellersFactOnly() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        try (TopicReader reader = new TopicReader(BillingEvents.TOPIC)) {
            recharge(distributor, "500.00");
            as(Tokens.partner(distributor)).body(body("indirect_partner_id", reseller, "amount", 200))
                    .post(INDIRECT_ADJUST).then().statusCode(200);

            JsonPath fact = data(facts(reader, reseller, 1).get(0));
            assertThat(fact.getString("partner_id")).isEqualTo(reseller);
            assertThat(fact.getDouble("cash_balance")).isEqualTo(200.0);
            assertThat(fact.getString("trade_type")).isEqualTo("TRANS");
            // the distributor's cash is untouched by the transfer (it comes from its allocatable amount)
            assertThat(facts(reader, distributor, 1)).hasSize(1);
            assertThat(data(reader.received(r -> distributor.equals(r.key())
                    && r.value().contains("\"" + TYPE + "\"")).get(0)).getDouble("cash_balance")).isEqualTo(500.0);
        }
    }
}
