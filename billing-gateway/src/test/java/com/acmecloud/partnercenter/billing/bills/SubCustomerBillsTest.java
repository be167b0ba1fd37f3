package com.acmecloud.partnercenter.billing.bills;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.consumeTime;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.currentCycle;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.ingest;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.newRecordId;
import static com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi.record;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.platform.test.CbcAssertions;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.BillSumInfoV2;
import com.huaweicloud.sdk.bss.v2.model.ListConsumeSubCustomersReq;
import com.huaweicloud.sdk.bss.v2.model.ListConsumeSubCustomersRequest;
import com.huaweicloud.sdk.bss.v2.model.ListConsumeSubCustomersResponse;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomerBillDetailRequest;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomerBillDetailResponse;
import com.huaweicloud.sdk.bss.v2.model.ListSubcustomerMonthlyBillsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListSubcustomerMonthlyBillsResponse;
import com.huaweicloud.sdk.bss.v2.model.SubCustomerMonthlyBillDetail;
import com.huaweicloud.sdk.core.http.Field;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The partner's bills of its customers: sums, details, the customers of a cycle; Huawei's SDK models read them. */
@QuarkusTest
class SubCustomerBillsTest {

    /** Huawei's SDK mapper, failing on a field its model does not know. */
    static final ObjectMapper SDK = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Calls our endpoint as the SDK's operation definition says (method, path, where each field goes). */
    static <R, S> S sdkCall(HttpRequestDef<R, S> operation, R request, String token) throws Exception {
        RequestSpecification spec = given().header("X-Auth-Token", token).contentType(ContentType.JSON);
        for (Field<R, ?> field : operation.getRequestFields()) {
            Object value = field.readValue(request).orElse(null);
            if (value != null) {
                switch (field.getLocation()) {
                    case Query -> spec.queryParam(field.getName(), value);
                    case Body -> spec.body(JsonUtils.toJSON(value));
                    case Header -> spec.header(field.getName(), value);
                    default -> throw new IllegalStateException(field.getLocation().toString());
                }
            }
        }
        Response raw = spec.request(operation.getMethod().name(), operation.getUri());
        assertThat(raw.statusCode()).as(raw.asString()).isEqualTo(200);
        return SDK.readValue(raw.asString(), operation.getResponseType());
    }

    @Test
    void monthlySumsAddUpTheCustomersRecordsAndTheSdkReadsThem() throws Exception {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 1);
        YearMonth cycle = currentCycle();
        Map<String, Object> split = record(newRecordId(), customer, cycle, "0.00");
        split.put("amount", new BigDecimal("10.00"));
        split.put("cash_amount", new BigDecimal("6.00"));
        split.put("coupon_amount", new BigDecimal("3.00"));
        split.put("huawei_coupon_amount", new BigDecimal("1.00"));
        split.put("partner_coupon_amount", new BigDecimal("2.00"));
        split.put("stored_value_card_amount", new BigDecimal("1.00"));
        split.put("official_amount", new BigDecimal("12.00"));
        split.put("discount_amount", new BigDecimal("2.00"));
        Map<String, Object> unsubscribe = record(newRecordId(), customer, cycle, "1.50");
        unsubscribe.put("bill_type", 1);
        Map<String, Object> yearly = record(newRecordId(), customer, cycle, "100.00");
        yearly.put("charge_mode", 1);
        ingest(List.of(split, record(newRecordId(), customer, cycle, "4.00"), unsubscribe, yearly)).then()
                .statusCode(200).body("accepted_count", equalTo(4));

        ListSubcustomerMonthlyBillsResponse sums = sdkCall(BssMeta.listSubcustomerMonthlyBills,
                new ListSubcustomerMonthlyBillsRequest().withCycle(cycle.toString()).withCustomerId(customer)
                        .withChargeMode("3"), Tokens.partner(partner));
        assertThat(sums.getCount()).isEqualTo(2);
        assertThat(sums.getCurrency()).isEqualTo("CNY");
        BillSumInfoV2 onDemand = sums.getBillSums().stream()
                .filter(s -> "3".equals(s.getChargeMode()) && "0".equals(s.getBillType())).findFirst().orElseThrow();
        assertThat(onDemand.getAmount()).isEqualByComparingTo("14.00");
        assertThat(onDemand.getDiscountAmount()).isEqualByComparingTo("2.00");
        assertThat(onDemand.getMeasureId()).isEqualTo(1);
        assertThat(onDemand.getResourceTypeCode()).isEqualTo("hws.resource.type.vm");
        assertThat(onDemand.getAccountDetails()).extracting(d -> d.getBalanceType() + "=" + d.getAmount())
                .containsExactlyInAnyOrder("BALANCE_TYPE_DEBIT=10.00", "BALANCE_TYPE_COUPON=3.00",
                        "BALANCE_TYPE_STORED_VALUE_CARD=1.00");
        BillSumInfoV2 refund = sums.getBillSums().stream().filter(s -> "1".equals(s.getBillType())).findFirst()
                .orElseThrow();
        assertThat(refund.getAmount()).isEqualByComparingTo("-1.50");

        given().header("X-Auth-Token", Tokens.partner(partner)).queryParam("cycle", cycle.toString())
                .queryParam("customer_id", customer).queryParam("charge_mode", "1")
                .get("/v2/bills/partner-bills/subcustomer-bills/monthly-sum").then().statusCode(200)
                .body("count", equalTo(1)).body("bill_sums[0].amount", equalTo(100.0f));

        ListSubCustomerBillDetailResponse details = sdkCall(BssMeta.listSubCustomerBillDetail,
                new ListSubCustomerBillDetailRequest().withBillCycle(cycle.toString()).withCustomerId(customer)
                        .withBillDetailType(5).withLimit(10), Tokens.partner(partner));
        assertThat(details.getTotalCount()).isEqualTo(2);
        SubCustomerMonthlyBillDetail first = details.getFeeRecords().stream()
                .filter(d -> d.getId().equals(split.get("record_id"))).findFirst().orElseThrow();
        assertThat(first.getPaymentAmount()).isEqualByComparingTo("10.00");
        assertThat(first.getCashAmount()).isEqualByComparingTo("6.00");
        assertThat(first.getCouponAmount()).isEqualByComparingTo("3.00");
        assertThat(first.getStoredValueCardAmount()).isEqualByComparingTo("1.00");
        assertThat(first.getOfficialAmount()).isEqualByComparingTo("12.00");
        assertThat(first.getChargingMode()).isEqualTo(3);
        assertThat(first.getBillCycle()).isEqualTo(cycle.toString());
        assertThat(first.getConsumeTime()).isEqualTo(consumeTime(cycle, 10).replace(".000", ""));

        ListConsumeSubCustomersResponse customers = sdkCall(BssMeta.listConsumeSubCustomers,
                new ListConsumeSubCustomersRequest().withBody(new ListConsumeSubCustomersReq()
                        .withBillCycle(cycle.toString())), Tokens.partner(partner));
        assertThat(customers.getTotalCount()).isEqualTo(1);
        assertThat(customers.getSubCustomers().get(0).getCustomerId()).isEqualTo(customer);
    }

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
