package com.acmecloud.partnercenter.incentive;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.incentive.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents.ConsumptionLine;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Test data of incentive-service: customer.events and billing.events exactly as their producers write them. */
public final class IncentiveTestApi {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private IncentiveTestApi() {
    }

    public static <T> CloudEvent event(EventType<T> type, String source, String subject, T data) {
        CloudEventCodec codec = Arc.container().instance(CloudEventCodec.class).get();
        return codec.envelope(type, source, subject, data, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public static void publish(String topic, String key, CloudEvent event) {
        publishRaw(topic, key, Arc.container().instance(CloudEventCodec.class).get().encode(event));
    }

    public static void publishRaw(String topic, String key, String value) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(topic, key, value))
                .awaitCompletion();
    }

    /** A new partner incentive-service knows as registered (what the partner gate lets through). */
    public static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        PartnerProjectionService projections = Arc.container().instance(PartnerProjectionService.class).get();
        Tx.run(() -> projections.update(partnerId, row -> row.registered = true));
        return partnerId;
    }

    public static CloudEvent partnerRegistered(String partnerId) {
        return event(PartnerEvents.PARTNER_REGISTERED, "/partner-service", partnerId,
                new PartnerEvents.PartnerRegistered(partnerId, "Company " + partnerId, "CN", null, Instant.now()));
    }

    public static String newCustomerId() {
        return "cust" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    // --- customer.events

    public static void associated(String partnerId, String customerId, int type, Instant at) {
        publish(CustomerEvents.TOPIC, partnerId, event(CustomerEvents.CUSTOMER_ASSOCIATED, "/customer-service",
                customerId, new CustomerEvents.CustomerAssociated(partnerId, customerId, type, null, at)));
    }

    public static void typeChanged(String partnerId, String customerId, int from, int to, Instant at) {
        publish(CustomerEvents.TOPIC, partnerId, event(CustomerEvents.ASSOCIATION_TYPE_CHANGED, "/customer-service",
                customerId, new CustomerEvents.AssociationTypeChanged(partnerId, customerId, null, from, to,
                        UUID.randomUUID().toString(), "user-" + partnerId, "customer-" + customerId, at,
                        "MODE_SWITCH_RECLAIM", CustomerEvents.COUPON_MODE_SWITCH_RECLAIM, from == 2, to == 2)));
    }

    public static void disassociated(String partnerId, String customerId, int type, Instant at) {
        publish(CustomerEvents.TOPIC, partnerId, event(CustomerEvents.CUSTOMER_DISASSOCIATED, "/customer-service",
                customerId, new CustomerEvents.CustomerDisassociated(partnerId, customerId, null, type, "PARTNER",
                        "user-" + partnerId, null, at, type == 2, CustomerEvents.COUPON_UNBIND_RECLAIM)));
    }

    // --- billing.events

    /** A consume record (bill type 0) paid in cash. */
    public static ConsumptionLine cash(String recordId, Instant at, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return new ConsumptionLine(recordId, 0, "hws.service.type.ecs", at, value, value, ZERO, ZERO, ZERO, ZERO,
                false);
    }

    public static ConsumptionLine line(String recordId, int billType, String serviceType, Instant at, String cash,
                                       String huaweiCoupon, String partnerCoupon, String nonCounting, String card,
                                       boolean cardPurchase) {
        BigDecimal c = new BigDecimal(cash);
        BigDecimal h = new BigDecimal(huaweiCoupon);
        BigDecimal p = new BigDecimal(partnerCoupon);
        BigDecimal s = new BigDecimal(card);
        return new ConsumptionLine(recordId, billType, serviceType, at, c.add(h).add(p).add(s), c, h, p,
                new BigDecimal(nonCounting), s, cardPurchase);
    }

    /** billing.consumption_ingested.v1 with record lines, keyed by the partner billing names. */
    public static CloudEvent consumption(String partnerId, String customerId, int type, String cycle, boolean late,
                                         String adjustmentCycle, List<ConsumptionLine> records) {
        return event(BillingEvents.CONSUMPTION_INGESTED, "/billing-gateway", customerId,
                new BillingEvents.ConsumptionIngested(partnerId, customerId, null, type,
                        UUID.randomUUID().toString(), cycle, late, adjustmentCycle, List.of(), Instant.now(),
                        records));
    }

    public static void periodClosed(String period, Instant end) {
        publish(BillingEvents.TOPIC, BillingEvents.PERIOD_KEY, periodClosedEvent(period, end));
    }

    /** billing.period_closed.v1 as billing-gateway's month close writes it (key {@code billing-period}). */
    public static CloudEvent periodClosedEvent(String period, Instant end) {
        return event(BillingEvents.PERIOD_CLOSED, "/billing-gateway", period,
                new BillingEvents.PeriodClosed(period, end, Instant.now(), "month-close",
                        new BillingEvents.PeriodTotals(0, 0, 0, ZERO, ZERO, ZERO, ZERO, ZERO)));
    }

    // --- the API

    public static JsonPath performance(String partnerId, String month) {
        return given().auth().oauth2(Tokens.partner(partnerId)).queryParam("month", month)
                .get("/v2/partners/incentives/performance")
                .then().statusCode(200).extract().jsonPath();
    }
}
