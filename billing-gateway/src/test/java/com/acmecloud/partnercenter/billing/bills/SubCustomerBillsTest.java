package com.acmecloud.partnercenter.billing.bills;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.consumeTime;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.currentCycle;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.ingest;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.newRecordId;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The partner's bills of its customers: date filters, bad input, another partner's customers (the SDK round-trip: wire.BillsWireTest). */
@QuarkusTest
class SubCustomerBillsTest {

    @Test
    void billDatesFilterWithinTheCycle() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        YearMonth cycle = currentCycle();
        Map<String, Object> early = record(newRecordId(), customer, cycle, "0.00");
        early.put("consume_time", consumeTime(cycle, 1));
        ingest(List.of(early, record(newRecordId(), customer, cycle, "0.00"))).then().statusCode(200)
                .body("accepted_count", equalTo(2));
        String day = cycle.atDay(1).toString();
        given().header("X-Auth-Token", Tokens.partner(partner)).queryParam("bill_cycle", cycle.toString())
                .queryParam("bill_date_begin", day).queryParam("bill_date_end", day)
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("total_count", equalTo(1)).body("fee_records[0].id", equalTo(early.get("record_id")));
        CbcAssertions.assertCbcError("a date outside the cycle", given().header("X-Auth-Token",
                        Tokens.partner(partner)).queryParam("bill_cycle", cycle.toString())
                .queryParam("bill_date_begin", cycle.minusMonths(1).atDay(1).toString())
                .get("/v2/bills/subcustomer-bills/res-fee-records"), 400, "CBC.0100");
        CbcAssertions.assertCbcError("no cycle", given().header("X-Auth-Token", Tokens.partner(partner))
                .get("/v2/bills/partner-bills/subcustomer-bills/monthly-sum"), 400, "CBC.0100");
        CbcAssertions.assertCbcError("bad charge mode", given().header("X-Auth-Token", Tokens.partner(partner))
                .queryParam("cycle", cycle.toString()).queryParam("charge_mode", "7")
                .get("/v2/bills/partner-bills/subcustomer-bills/monthly-sum"), 400, "CBC.0100");
    }

    @Test
    void anotherPartnersCustomerGetsNothing() {
        String partner = registeredPartner();
        String other = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        YearMonth cycle = currentCycle();
        ingest(List.of(record(newRecordId(), customer, cycle, "0.00"))).then().statusCode(200);

        given().header("X-Auth-Token", Tokens.partner(other)).queryParam("cycle", cycle.toString())
                .queryParam("customer_id", customer)
                .get("/v2/bills/partner-bills/subcustomer-bills/monthly-sum").then().statusCode(200)
                .body("count", equalTo(0)).body("bill_sums.size()", equalTo(0));
        given().header("X-Auth-Token", Tokens.partner(other)).queryParam("bill_cycle", cycle.toString())
                .queryParam("customer_id", customer)
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("total_count", equalTo(0));
        given().header("X-Auth-Token", Tokens.partner(other)).queryParam("bill_cycle", cycle.toString())
                .queryParam("indirect_partner_id", partner)
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("total_count", equalTo(0));
        given().header("X-Auth-Token", Tokens.partner(other)).contentType(ContentType.JSON)
                .body(Map.of("bill_cycle", cycle.toString()))
                .post("/v2/bills/subcustomer-bills/res-fee-records/sub-customers/query").then().statusCode(200)
                .body("total_count", equalTo(0));
        given().header("X-Auth-Token", Tokens.partner(partner)).queryParam("bill_cycle", cycle.toString())
                .queryParam("customer_id", customer)
                .get("/v2/bills/subcustomer-bills/res-fee-records").then().statusCode(200)
                .body("total_count", equalTo(1));
    }
}
