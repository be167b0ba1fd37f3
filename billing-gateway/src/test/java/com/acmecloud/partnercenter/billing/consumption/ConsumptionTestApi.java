package com.acmecloud.partnercenter.billing.consumption;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Rated records as the rating system sends them, and the money a resale customer needs to spend. */
public final class ConsumptionTestApi {

    public static final String INGEST = "/v2/bills/ratings/consumption-records/batch";
    private static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");

    private ConsumptionTestApi() {
    }

    public static String newRecordId() {
        return "rt-" + UUID.randomUUID();
    }

    /** A consume record (bill type 0, on-demand) paid all in cash, at noon GMT+8 on the 10th of the cycle. */
    public static Map<String, Object> record(String recordId, String customerId, YearMonth cycle, String cash) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("record_id", recordId);
        record.put("customer_id", customerId);
        record.put("cloud_service_type", "hws.service.type.ec2");
        record.put("resource_type", "hws.resource.type.vm");
        record.put("resource_id", "vm-" + recordId.substring(3, 11));
        record.put("region_code", "cn-north-4");
        record.put("charge_mode", 3);
        record.put("bill_type", 0);
        record.put("amount", new BigDecimal(cash));
        record.put("cash_amount", new BigDecimal(cash));
        record.put("consume_time", consumeTime(cycle, 10));
        record.put("bill_cycle", cycle.toString());
        return record;
    }

    public static String consumeTime(YearMonth cycle, int day) {
        Instant instant = cycle.atDay(day).atTime(12, 0).atZone(GMT8).toInstant();
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    public static YearMonth currentCycle() {
        return YearMonth.now(GMT8);
    }

    public static Response ingest(List<Map<String, Object>> records) {
        return given().header("X-Auth-Token", Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("records", records)).post(INGEST);
    }

    /** Recharges the partner and allocates {@code amount} to its resale customer (through the ledger). */
    public static void fund(String partnerId, String customerId, String amount) {
        Ledger ledger = Arc.container().instance(Ledger.class).get();
        BigDecimal value = new BigDecimal(amount);
        Tx.call(() -> ledger.post(Movement.builder(TradeType.RECHARGE, partnerId, value).actor("operator-1")
                .transfer(AccountRef.platform(AccountKind.FUNDING_CASH),
                        AccountRef.partner(partnerId, AccountKind.CASH)).build()));
        Tx.call(() -> ledger.post(Movement.builder(TradeType.BEADJUST, partnerId, value).customer(customerId)
                .actor("user-" + partnerId)
                .transfer(AccountRef.partner(partnerId, AccountKind.ALLOCATED),
                        AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE)).build()));
    }

    public static BigDecimal balance(AccountRef account) {
        Ledger ledger = Arc.container().instance(Ledger.class).get();
        return Tx.call(() -> ledger.balances(Set.of(account))).get(account);
    }

    public static BigDecimal allocatedBalance(String customerId, String partnerId) {
        return balance(AccountRef.customer(customerId, partnerId, AccountKind.ALLOCATED_BALANCE));
    }

    public static BigDecimal debt(String customerId, String partnerId) {
        return balance(AccountRef.customer(customerId, partnerId, AccountKind.DEBT));
    }

    /** The partner's allocatable amount (account type 8, rule 34). */
    public static BigDecimal allocatable(String partnerId) {
        BigDecimal total = BigDecimal.ZERO;
        for (AccountRef part : Ledger.allocatableParts(partnerId)) {
            total = total.add(balance(part));
        }
        return total;
    }
}
