package com.acmecloud.partnercenter.customer.accountfacts;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.confirm;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.disassociate;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.leave;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.myAssociation;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.referralCustomer;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitch;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.requestSwitchOk;
import static com.acmecloud.partnercenter.customer.LifecycleTestApi.resaleCustomer;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.accept;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.account;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.inviteCode;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerAccount;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.registerMobile;
import static com.acmecloud.partnercenter.customer.deals.DealsTestApi.withdraw;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.accountfacts.domain.AccountStanding;
import com.acmecloud.partnercenter.customer.accountfacts.service.AccountFacts;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.TestClock;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules 10, 11 and 28 from billing-gateway's account facts, fed to the real broker as billing writes them
 * (billing.customer_arrears_changed.v1, billing.consumption_ingested.v1): each refusal while the fact holds, the
 * change allowed once the fact clears, and a redelivered fact changing nothing.
 */
@QuarkusTest
class AccountFactsEnforcementTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CloudEventCodec codec;

    @Inject
    AccountFacts facts;

    @Inject
    TestClock clock;

    @BeforeEach
    void resetClock() {
        clock.reset();
    }

    /** billing's fact: the customer's debt on the partner's book, keyed by that partner as billing keys it. */
    private CloudEvent arrears(String partner, String customer, String debt, Instant at) {
        BigDecimal amount = new BigDecimal(debt);
        return codec.envelope(BillingEvents.CUSTOMER_ARREARS_CHANGED, "/billing-gateway", customer,
                new BillingEvents.CustomerArrearsChanged(partner, customer, null, BigDecimal.ZERO.setScale(2), amount,
                        BigDecimal.ZERO.setScale(2), amount.signum() > 0,
                        amount.signum() > 0 ? "CONSUMPTION" : "SETTLEMENT", "DD" + UUID.randomUUID(), at),
                at.truncatedTo(ChronoUnit.MILLIS));
    }

    private CloudEvent cashSpent(String partner, String customer, String cash) {
        BigDecimal amount = new BigDecimal(cash);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        Instant now = Instant.now();
        return codec.envelope(BillingEvents.CONSUMPTION_INGESTED, "/billing-gateway", customer,
                new BillingEvents.ConsumptionIngested(partner, customer, null, 1, UUID.randomUUID().toString(),
                        "2026-06", false, null, List.of(new BillingEvents.ConsumptionSums(0, 1, amount, amount, zero,
                        zero, zero, zero, zero, zero)), now), now.truncatedTo(ChronoUnit.MILLIS));
    }

    private void publish(String key, CloudEvent event) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(BillingEvents.TOPIC, key, codec.encode(event))).awaitCompletion();
    }

    private AccountStanding standing(String customer) {
        return Tx.call(() -> facts.standing(customer));
    }

    private void awaitStanding(String customer, Predicate<AccountStanding> condition) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> condition.test(standing(customer)));
    }

    /**
     * Publishes the facts in order on the partner's key and, after them, a marker fact of a customer of nobody's:
     * once the marker is projected, every fact before it on that key is too.
     */
    private void publishAndSettle(String key, CloudEvent... events) {
        for (CloudEvent event : events) {
            publish(key, event);
        }
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        publish(key, arrears(key, marker, "0.01", Instant.now()));
        awaitStanding(marker, AccountStanding::hasUnpaidBills);
    }

    @Test
    void rule28AResaleCustomerInArrearsCannotLeaveUntilFundsClearThem() {
        String partner = registeredPartner();
        String customer = resaleCustomer(partner);
        Instant t0 = Instant.now();
        CloudEvent inArrears = arrears(partner, customer, "12.50", t0);

        publishAndSettle(partner, inArrears, inArrears); // delivered twice
        assertThat(standing(customer).partnersOwed()).containsExactly(partner);
        assertCbcError("partner disassociates", disassociate(partner, customer).extract().response(), 400,
                "CBC.91005061");
        assertCbcError("partner switches to referral", requestSwitch(partner, customer, "1").extract().response(),
                400, "CBC.91005061");
        assertCbcError("customer leaves", leave(customer).extract().response(), 400, "CBC.91005061");
        myAssociation(customer).statusCode(200).body("partner_id", equalTo(partner));

        // the partner allocates, billing settles the debt; then the first fact is redelivered: it changes nothing
        publishAndSettle(partner, arrears(partner, customer, "0.00", t0.plusSeconds(1)), inArrears);
        assertThat(standing(customer).hasUnpaidBills()).isFalse();
        disassociate(partner, customer).statusCode(200);
    }

    @Test
    void rule11ACustomerWithDebtCannotBecomeResaleNeitherByRequestNorByConfirmation() {
        String owed = registeredPartner();
        String partner = registeredPartner();
        String customer = referralCustomer(partner);
        Instant t0 = Instant.now();

        // debt on a former partner's book (billing keys it by that partner)
        publishAndSettle(owed, arrears(owed, customer, "3.00", t0));
        assertCbcError("switch to resale requested", requestSwitch(partner, customer, "2").extract().response(), 400,
                "CBC.91005062");

        publishAndSettle(owed, arrears(owed, customer, "0.00", t0.plusSeconds(1)));
        String request = requestSwitchOk(partner, customer, "2");

        // debt again before the customer confirms: the confirmation is refused and changes nothing
        CloudEvent again = arrears(owed, customer, "1.00", t0.plusSeconds(2));
        publishAndSettle(owed, again);
        assertCbcError("switch to resale confirmed", confirm(customer, request).extract().response(), 400,
                "CBC.91005062");
        myAssociation(customer).statusCode(200).body("association_type", equalTo("1"));

        publishAndSettle(owed, arrears(owed, customer, "0.00", t0.plusSeconds(3)), again);
        confirm(customer, request).statusCode(200);
        myAssociation(customer).statusCode(200).body("association_type", equalTo("2"));
    }

    @Test
    void rule10UnpaidBillsRefuseAnyAssociationAndCashSpendingNeedsARegistrationById() {
        String former = registeredPartner();
        String partner = registeredPartner();
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));

        // registered by mobile before the person's account was created (as in the invitation flow)
        String owingMobile = newMobile();
        String code = inviteCode(partner, registerMobile(partner, owingMobile), "OFFLINE", 1);
        String owing = account(owingMobile, null, null, yesterday);
        Instant t0 = Instant.now();
        CloudEvent unpaid = arrears(former, owing, "8.00", t0);
        publishAndSettle(former, unpaid);
        assertCbcError("unpaid bills", accept(Tokens.customer(owing), code, null).extract().response(), 400,
                "CBC.91005024");

        publishAndSettle(former, arrears(former, owing, "0.00", t0.plusSeconds(1)), unpaid);
        accept(Tokens.customer(owing), code, null).statusCode(200).body("partner_id", equalTo(partner));

        // a day-old account that has spent cash is treated as an established one: registered by id only
        String spentMobile = newMobile();
        String registration = registerMobile(partner, spentMobile);
        String byMobile = inviteCode(partner, registration, "OFFLINE", 2);
        String spent = account(spentMobile, null, null, yesterday);
        CloudEvent consumption = cashSpent(former, spent, "20.00");
        publishAndSettle(former, consumption, consumption);
        assertThat(standing(spent).cashSpending()).isTrue();
        assertCbcError("cash spending, registered by mobile", accept(Tokens.customer(spent), byMobile, null)
                .extract().response(), 400, "CBC.91005020");

        withdraw(partner, registration).statusCode(200);
        String byId = inviteCode(partner, registerAccount(partner, spent), "OFFLINE", 2);
        accept(Tokens.customer(spent), byId, null).statusCode(200).body("partner_id", equalTo(partner));
    }
}
