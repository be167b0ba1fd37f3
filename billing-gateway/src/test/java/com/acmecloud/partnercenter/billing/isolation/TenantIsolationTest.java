package com.acmecloud.partnercenter.billing.isolation;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.ADJUST_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CHANGE_RECORDS;
import static com.acmecloud.partnercenter.billing.FundsTestApi.CUSTOMER_BALANCES;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_ADJUST;
import static com.acmecloud.partnercenter.billing.FundsTestApi.INDIRECT_RECLAIM;
import static com.acmecloud.partnercenter.billing.FundsTestApi.RECLAIM;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.consumption.ConsumptionTestApi;
import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.ServedOpenApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tenant isolation on every partner operation of billing-gateway's {@code /q/openapi}: another partner's
 * {@code customer_id}, {@code trans_id}, {@code coupon_id}, {@code quota_id} and {@code indirect_partner_id} get
 * exactly the answer a nonexistent id gets (the same status and body, the ids aside), no owner's id ever appears in
 * the answer, and the owner's accounts, quotas, coupons and budgets are unchanged afterwards.
 * {@link #everyPartnerOperationIsWalked()} fails when an operation is added without a case here.
 */
@QuarkusTest
public class TenantIsolationTest {

    static final String BUDGET = "/v2/partners/sub-customers/budget";
    static final String COUPONS = "/v2/promotions/benefits/partner-coupons";
    static final String QUOTAS = "/v2/partners/coupon-quotas";
    static final String WITHDRAWALS = "/v2/accounts/partner-accounts/withdrawals";
    static final String MONTHLY_SUM = "/v2/bills/partner-bills/subcustomer-bills/monthly-sum";
    static final String FEE_RECORDS = "/v2/bills/subcustomer-bills/res-fee-records";

    /** The ids a call names: the owner's (another partner's, for the caller) or ids that exist nowhere. */
    record Ids(String customer, String trans, String coupon, String quota, String childQuota, String reseller,
               String record) {

        static Ids nowhere() {
            String n = UUID.randomUUID().toString().replace("-", "");
            return new Ids("cust" + n.substring(0, 20), "AD" + n.substring(0, 24), n, UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), "partner-" + n.substring(0, 12), "rt-" + UUID.randomUUID());
        }

        List<String> all() {
            return List.of(customer, trans, coupon, quota, childQuota, reseller, record);
        }
    }

    /** The owner's world, and the caller's own quota and customer (for calls that need one of its own). */
    record World(String owner, Ids ids, String caller, String callerQuota, String callerCustomer, String cycle) {
    }

    private static World world;

    static synchronized World world() {
        if (world != null) {
            return world;
        }
        String[] pair = distributorWithReseller();
        String owner = pair[0];
        String customer = associatedCustomer(owner, 2);
        recharge(owner, "100.00");
        String trans = as(Tokens.partner(owner)).body(body("customer_id", customer, "amount", 40)).post(ADJUST)
                .then().statusCode(200).extract().path("transfer_id");
        String quota = grant(owner);
        String coupon = as(Tokens.partner(owner)).body(Map.of("quota_id", quota, "customer_ids", List.of(customer),
                        "face_value", new BigDecimal("10.00"))).post(COUPONS).then().statusCode(200).extract()
                .path("coupon_infos[0].coupon_id");
        String childQuota = as(Tokens.partner(owner)).body(Map.of("quota_id", quota, "indirect_partner_ids",
                        List.of(pair[1]), "quota_amount", new BigDecimal("50.00")))
                .post(QUOTAS + "/indirect-partner-adjust").then().statusCode(200).extract()
                .path("simple_quota_infos[0].quota_id");
        as(Tokens.partner(owner)).body(Map.of("customer_id", customer, "budget_amount", 500, "cancel_partner_frozen",
                "1")).post(BUDGET).then().statusCode(204);
        YearMonth cycle = ConsumptionTestApi.currentCycle();
        String record = ConsumptionTestApi.newRecordId();
        ConsumptionTestApi.ingest(List.of(ConsumptionTestApi.record(record, customer, cycle, "1.00"))).then()
                .statusCode(200);

        String caller = registeredPartner();
        recharge(caller, "100.00");
        String callerCustomer = associatedCustomer(caller, 2);
        world = new World(owner, new Ids(customer, trans, coupon, quota, childQuota, pair[1], record), caller,
                grant(caller), callerCustomer, cycle.toString());
        return world;
    }

    public static String grant(String partner) {
        Map<String, Object> body = new HashMap<>();
        body.put("partner_id", partner);
        body.put("quota_type", 0);
        body.put("quota_value", new BigDecimal("1000.00"));
        body.put("min_face_value", new BigDecimal("1.00"));
        body.put("max_face_value", new BigDecimal("500.00"));
        body.put("effective_time", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("expire_time", Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        return as(Tokens.operator()).body(body).post(QUOTAS).then().statusCode(200).extract().path("quota_id");
    }

    /** One way to name foreign ids in an operation: the call made with the given ids by the world's caller. */
    record Variant(String operation, String name, BiFunction<World, Ids, Response> call) {
        @Override
        public String toString() {
            return operation + " " + name;
        }
    }

    static final List<Variant> VARIANTS = new ArrayList<>();

    private static void variant(String operation, String name, BiFunction<World, Ids, Response> call) {
        VARIANTS.add(new Variant(operation, name, call));
    }

    private static Response get(World w, String path, Object... query) {
        var request = as(Tokens.partner(w.caller()));
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(path);
    }

    private static Response post(World w, String path, Object body) {
        return as(Tokens.partner(w.caller())).body(body).post(path);
    }

    static {
        // funds
        for (String path : List.of(ADJUST, RECLAIM)) {
            variant("POST " + path, "customer_id", (w, ids) -> post(w, path, body("customer_id", ids.customer(),
                    "amount", 1)));
            variant("POST " + path, "indirect_partner_id", (w, ids) -> post(w, path, body("customer_id",
                    ids.customer(), "amount", 1, "indirect_partner_id", ids.reseller())));
        }
        for (String path : List.of(INDIRECT_ADJUST, INDIRECT_RECLAIM)) {
            variant("POST " + path, "indirect_partner_id", (w, ids) -> post(w, path, body("indirect_partner_id",
                    ids.reseller(), "amount", 1)));
        }
        variant("GET " + BALANCES, "indirect_partner_id", (w, ids) -> get(w, BALANCES, "indirect_partner_id",
                ids.reseller()));
        variant("GET " + CHANGE_RECORDS, "indirect_partner_id", (w, ids) -> get(w, CHANGE_RECORDS, "balance_type",
                "BALANCE_TYPE_DEBIT", "indirect_partner_id", ids.reseller()));
        variant("GET " + ADJUST_RECORDS, "customer_id", (w, ids) -> get(w, ADJUST_RECORDS, "customer_id",
                ids.customer()));
        variant("GET " + ADJUST_RECORDS, "trans_id", (w, ids) -> get(w, ADJUST_RECORDS, "trans_id", ids.trans()));
        variant("GET " + ADJUST_RECORDS, "indirect_partner_id", (w, ids) -> get(w, ADJUST_RECORDS,
                "indirect_partner_id", ids.reseller()));
        variant("POST " + CUSTOMER_BALANCES, "customer_id", (w, ids) -> post(w, CUSTOMER_BALANCES, Map.of(
                "customer_infos", List.of(Map.of("customer_id", ids.customer())))));
        variant("POST " + CUSTOMER_BALANCES, "indirect_partner_id", (w, ids) -> post(w, CUSTOMER_BALANCES, Map.of(
                "customer_infos", List.of(Map.of("customer_id", ids.customer())), "indirect_partner_id",
                ids.reseller())));
        // withdrawals: a partner's own only; partner_id is an operator's filter
        variant("GET " + WITHDRAWALS, "partner_id", (w, ids) -> get(w, WITHDRAWALS, "partner_id", ids.reseller()));
        variant("POST " + WITHDRAWALS, "no id", (w, ids) -> post(w, WITHDRAWALS, Map.of("amount", 1,
                "bank_name", "Bank", "account_name", "Company", "bank_account", "6222020200112233445")));
        // coupon quotas
        variant("POST " + QUOTAS + "/query", "quota_ids", (w, ids) -> post(w, QUOTAS + "/query", Map.of(
                "quota_ids", List.of(ids.quota(), ids.childQuota()))));
        variant("POST " + QUOTAS + "/query", "indirect_partner_id", (w, ids) -> post(w, QUOTAS + "/query", Map.of(
                "indirect_partner_id", ids.reseller())));
        variant("POST " + QUOTAS + "/indirect-partner-adjust", "quota_id", (w, ids) -> post(w,
                QUOTAS + "/indirect-partner-adjust", Map.of("quota_id", ids.quota(), "indirect_partner_ids",
                        List.of(ids.reseller()), "quota_amount", 1)));
        variant("POST " + QUOTAS + "/indirect-partner-adjust", "indirect_partner_ids", (w, ids) -> post(w,
                QUOTAS + "/indirect-partner-adjust", Map.of("quota_id", w.callerQuota(), "indirect_partner_ids",
                        List.of(ids.reseller()), "quota_amount", 1)));
        variant("POST " + QUOTAS + "/indirect-partner-reclaim", "quota_ids", (w, ids) -> post(w,
                QUOTAS + "/indirect-partner-reclaim", Map.of("quota_ids", List.of(ids.childQuota(), ids.quota()))));
        for (String param : List.of("quota_id", "parent_quota_id", "indirect_partner_id")) {
            variant("GET " + QUOTAS + "/records", param, (w, ids) -> get(w, QUOTAS + "/records", param,
                    param.equals("indirect_partner_id") ? ids.reseller()
                            : param.equals("quota_id") ? ids.childQuota() : ids.quota()));
            variant("GET /v2/partners/issued-coupon-quotas", param, (w, ids) -> get(w,
                    "/v2/partners/issued-coupon-quotas", param, param.equals("indirect_partner_id") ? ids.reseller()
                            : param.equals("quota_id") ? ids.childQuota() : ids.quota()));
        }
        // coupons
        variant("POST " + COUPONS, "quota_id", (w, ids) -> post(w, COUPONS, Map.of("quota_id", ids.quota(),
                "customer_ids", List.of(w.callerCustomer()), "face_value", 1)));
        variant("POST " + COUPONS, "customer_ids", (w, ids) -> post(w, COUPONS, Map.of("quota_id", w.callerQuota(),
                "customer_ids", List.of(ids.customer()), "face_value", 1)));
        variant("POST " + COUPONS, "indirect_partner_id", (w, ids) -> post(w, COUPONS, Map.of("quota_id",
                ids.childQuota(), "customer_ids", List.of(ids.customer()), "face_value", 1, "indirect_partner_id",
                ids.reseller())));
        variant("POST " + COUPONS + "/reclaim", "coupon_id", (w, ids) -> post(w, COUPONS + "/reclaim", Map.of(
                "coupon_id", ids.coupon())));
        variant("POST " + COUPONS + "/reclaim", "indirect_partner_id", (w, ids) -> post(w, COUPONS + "/reclaim",
                Map.of("coupon_id", ids.coupon(), "indirect_partner_id", ids.reseller())));
        variant("GET " + COUPONS, "coupon_id", (w, ids) -> get(w, COUPONS, "coupon_id", ids.coupon()));
        variant("GET " + COUPONS, "customer_id", (w, ids) -> get(w, COUPONS, "customer_id", ids.customer()));
        variant("GET " + COUPONS, "indirect_partner_id", (w, ids) -> get(w, COUPONS, "indirect_partner_id",
                ids.reseller()));
        String couponRecords = COUPONS + "/records/query";
        variant("GET " + couponRecords, "coupon_ids", (w, ids) -> get(w, couponRecords, "coupon_ids", ids.coupon()));
        variant("GET " + couponRecords, "quota_id", (w, ids) -> get(w, couponRecords, "quota_id", ids.quota()));
        variant("GET " + couponRecords, "customer_id", (w, ids) -> get(w, couponRecords, "customer_id",
                ids.customer()));
        variant("GET " + couponRecords, "indirect_partner_id", (w, ids) -> get(w, couponRecords,
                "indirect_partner_id", ids.reseller()));
        // bills
        variant("GET " + MONTHLY_SUM, "customer_id", (w, ids) -> get(w, MONTHLY_SUM, "cycle", w.cycle(),
                "customer_id", ids.customer()));
        variant("GET " + MONTHLY_SUM, "indirect_partner_id", (w, ids) -> get(w, MONTHLY_SUM, "cycle", w.cycle(),
                "indirect_partner_id", ids.reseller()));
        variant("GET " + FEE_RECORDS, "customer_id", (w, ids) -> get(w, FEE_RECORDS, "bill_cycle", w.cycle(),
                "customer_id", ids.customer()));
        variant("GET " + FEE_RECORDS, "trade_id", (w, ids) -> get(w, FEE_RECORDS, "bill_cycle", w.cycle(),
                "trade_id", ids.record()));
        variant("GET " + FEE_RECORDS, "indirect_partner_id", (w, ids) -> get(w, FEE_RECORDS, "bill_cycle",
                w.cycle(), "indirect_partner_id", ids.reseller()));
        variant("POST " + FEE_RECORDS + "/sub-customers/query", "no id", (w, ids) -> post(w,
                FEE_RECORDS + "/sub-customers/query", Map.of("bill_cycle", w.cycle())));
        // budgets
        variant("GET " + BUDGET, "customer_id", (w, ids) -> get(w, BUDGET, "customer_id", ids.customer()));
        variant("GET " + BUDGET, "indirect_partner_id", (w, ids) -> get(w, BUDGET, "customer_id", ids.customer(),
                "indirect_partner_id", ids.reseller()));
        variant("POST " + BUDGET, "customer_id", (w, ids) -> post(w, BUDGET, Map.of("customer_id", ids.customer(),
                "budget_amount", 1, "cancel_partner_frozen", "1")));
        variant("POST " + BUDGET, "indirect_partner_id", (w, ids) -> post(w, BUDGET, Map.of("customer_id",
                ids.customer(), "budget_amount", 1, "indirect_partner_id", ids.reseller())));
        variant("POST " + BUDGET + "/query", "customer_ids", (w, ids) -> post(w, BUDGET + "/query", Map.of(
                "customer_ids", List.of(ids.customer()))));
        variant("POST " + BUDGET + "/query", "indirect_partner_id", (w, ids) -> post(w, BUDGET + "/query", Map.of(
                "customer_ids", List.of(ids.customer()), "indirect_partner_id", ids.reseller())));
        variant("GET " + BUDGET + "/records", "customer_id", (w, ids) -> get(w, BUDGET + "/records", "customer_id",
                ids.customer()));
        variant("GET " + BUDGET + "/records", "indirect_partner_id", (w, ids) -> get(w, BUDGET + "/records",
                "customer_id", ids.customer(), "indirect_partner_id", ids.reseller()));
    }

    static Stream<Arguments> variants() {
        return VARIANTS.stream().map(Arguments::of);
    }

    @Test
    void everyPartnerOperationIsWalked() {
        Set<String> operations = new TreeSet<>();
        ServedOpenApi.operationsFor("partner").forEach(operation -> operations.add(operation.key()));
        Set<String> walked = new TreeSet<>();
        VARIANTS.forEach(variant -> walked.add(variant.operation()));
        assertThat(walked).as("partner operations of /q/openapi walked here").containsExactlyElementsOf(operations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void anotherPartnersIdsGetTheAnswerOfIdsThatDoNotExistAndChangeNothing(Variant variant) {
        World w = world();
        Map<String, String> before = ownersView(w);

        Response foreign = variant.call().apply(w, w.ids());
        Ids none = Ids.nowhere();
        Response nowhere = variant.call().apply(w, none);

        String what = variant + " answered " + foreign.asString();
        assertThat(foreign.statusCode()).as(what).isLessThan(500).isEqualTo(nowhere.statusCode());
        assertThat(normalised(foreign, w.ids())).as(what).isEqualTo(normalised(nowhere, none));
        String leaked = foreign.asString();
        for (String id : variantIds(w.ids(), foreign.asString())) {
            leaked = leaked.replace(id, "<id>");
        }
        for (String ownerId : w.ids().all()) {
            assertThat(leaked).as(what + ": an owner's id the call did not name").doesNotContain(ownerId);
        }
        assertThat(leaked).as(what).doesNotContain(w.owner());
        assertThat(ownersView(w)).as("the owner's accounts, quotas, coupons, budgets after " + variant)
                .isEqualTo(before);
        LedgerInvariants.assertBalancesEqualEntries();
    }

    /** The ids of {@code ids} the answer may echo because the call named them (error_details ids). */
    private static List<String> variantIds(Ids ids, String body) {
        return ids.all().stream().filter(id -> body.contains("\"id\":\"" + id + "\"")).toList();
    }

    /** The answer with every id replaced by a placeholder and the request id dropped. */
    private static String normalised(Response response, Ids ids) {
        String body = response.asString().replaceAll("\"request_id\":\"[^\"]*\"", "\"request_id\":\"<r>\"");
        for (String id : ids.all()) {
            body = body.replace(id, "<id>");
        }
        return body;
    }

    /** What the owner sees of its money, quotas, coupons and budget. */
    private static Map<String, String> ownersView(World w) {
        String token = Tokens.partner(w.owner());
        Map<String, String> view = new LinkedHashMap<>();
        view.put("balances", as(token).get(BALANCES).asString());
        view.put("customer balances", as(token).body(Map.of("customer_infos", List.of(Map.of("customer_id",
                w.ids().customer())))).post(CUSTOMER_BALANCES).asString());
        view.put("adjust records", as(token).get(ADJUST_RECORDS).asString());
        view.put("quotas", as(token).body(Map.of()).post(QUOTAS + "/query").asString());
        view.put("issued quotas", as(token).get("/v2/partners/issued-coupon-quotas").asString());
        view.put("coupons", as(token).get(COUPONS).asString());
        view.put("budget", as(token).queryParam("customer_id", w.ids().customer()).get(BUDGET).asString());
        view.put("reseller balances", as(token).queryParam("indirect_partner_id", w.ids().reseller()).get(BALANCES)
                .asString());
        view.values().forEach(answer -> assertThat(answer).doesNotContain("error_code"));
        return view;
    }
}
