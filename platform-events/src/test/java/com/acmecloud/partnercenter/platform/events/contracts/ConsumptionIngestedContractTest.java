package com.acmecloud.partnercenter.platform.events.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.api.json.WireFormatCustomizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code billing.consumption_ingested.v1} gained {@code records} within v1: the payload of an older producer (no
 * such field) still reads, with {@code records} null, and a new one round-trips with its lines.
 */
class ConsumptionIngestedContractTest {

    private final ObjectMapper mapper = wireMapper();

    @Test
    void aPayloadWithoutRecordLinesStillReads() throws Exception {
        String older = """
                {"partner_id":"p1","customer_id":"c1","distributor_id":null,"association_type":2,"batch_id":"b1",
                 "bill_cycle":"2026-11","late":false,"adjustment_cycle":null,
                 "by_bill_type":[{"bill_type":0,"records":1,"amount":10.00,"cash_amount":10.00,"coupon_amount":0,
                   "huawei_coupon_amount":0,"partner_coupon_amount":0,"non_counting_coupon_amount":0,
                   "stored_value_card_amount":0,"stored_value_card_purchase_amount":0}],
                 "ingested_at":"2026-11-20T01:00:00Z"}""";
        BillingEvents.ConsumptionIngested event = mapper.readValue(older, BillingEvents.ConsumptionIngested.class);
        assertThat(event.records()).isNull();
        assertThat(event.byBillType()).hasSize(1);
        assertThat(event.partnerId()).isEqualTo("p1");
    }

    @Test
    void recordLinesRoundTrip() throws Exception {
        BigDecimal zero = new BigDecimal("0.00");
        BillingEvents.ConsumptionLine line = new BillingEvents.ConsumptionLine("r-1", 0, "hws.service.type.ebs",
                Instant.parse("2026-11-03T02:00:00Z"), new BigDecimal("12.50"), new BigDecimal("10.00"),
                new BigDecimal("2.50"), zero, zero, zero, false);
        BillingEvents.ConsumptionIngested event = new BillingEvents.ConsumptionIngested("p1", "c1", null, 1, "b1",
                "2026-11", false, null, List.of(), Instant.parse("2026-11-20T01:00:00Z"), List.of(line));
        String json = mapper.writeValueAsString(event);
        assertThat(json).contains("\"records\":[{\"record_id\":\"r-1\"", "\"consume_time\":\"2026-11-03T02:00:00Z\"");
        assertThat(mapper.readValue(json, BillingEvents.ConsumptionIngested.class)).isEqualTo(event);
    }

    @Test
    void theOlderConstructorLeavesTheLinesOut() {
        BillingEvents.ConsumptionIngested event = new BillingEvents.ConsumptionIngested("p1", "c1", null, 1, "b1",
                "2026-11", false, null, List.of(), Instant.parse("2026-11-20T01:00:00Z"));
        assertThat(event.records()).isNull();
    }

    private static ObjectMapper wireMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new JavaTimeModule());
        new WireFormatCustomizer().customize(mapper);
        return mapper;
    }
}
