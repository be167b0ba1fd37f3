package com.acmecloud.partnercenter.billing.withdrawals;

import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitPartner;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.domain.Movement;
import com.acmecloud.partnercenter.billing.ledger.domain.TradeType;
import com.acmecloud.partnercenter.billing.ledger.service.Ledger;
import com.acmecloud.partnercenter.billing.payouts.PayoutTest;
import com.acmecloud.partnercenter.billing.withdrawals.domain.WithdrawalRules;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Rule 41: withdrawals to a bank account in the verified company name, approved by an operator; the approval moves
 * the money out once (two concurrent approvals: one wins), the card number is never stored or logged in clear.
 */
@QuarkusTest
class WithdrawalTest {

    static final String PATH = "/v2/accounts/partner-accounts/withdrawals";
    static final String CARD = "6222 0202 0011 2233 445";

    @Inject
    Ledger ledger;

    private void recharge(String partner, String amount) {
        Tx.call(() -> ledger.post(Movement.builder(TradeType.RECHARGE, partner, new BigDecimal(amount))
                .actor("operator-1").transfer(AccountRef.platform(AccountKind.FUNDING_CASH),
                        AccountRef.partner(partner, AccountKind.CASH)).build()));
    }

    private BigDecimal cash(String partner) {
        AccountRef cash = AccountRef.partner(partner, AccountKind.CASH);
        return Tx.call(() -> ledger.balances(Set.of(cash))).get(cash);
    }

    static ValidatableResponse request(String partner, Object amount, String accountName, String card) {
        return given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "bank_name", "Bank of China", "account_name", accountName,
                        "bank_account", card))
                .post(PATH).then();
    }

    static ValidatableResponse decide(String token, String id, String decision) {
        var spec = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (decision.equals("reject")) {
            spec = spec.body(Map.of("reason", "documents missing"));
        }
        return spec.post(PATH + "/" + id + "/" + decision).then();
    }

    @Test
    void anApprovedWithdrawalMovesTheMoneyOutOnceEvenWhenTwoOperatorsApproveAtOnce() throws Exception {
        String company = "Acme Trading (Shanghai) Co., Ltd. " + UUID.randomUUID();
        String partner = PayoutTest.verifiedPartner(company);
        recharge(partner, "1000.00");

        String id = request(partner, 600.5, " " + company.toUpperCase() + " ", CARD).statusCode(200)
                .body("status", equalTo("PENDING")).body("bank_account_masked", equalTo("****3445"))
                .body(not(containsString("62220202"))).extract().path("withdrawal_id");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        Callable<Integer> approve = () -> decide(Tokens.operator(), id, "approve").extract().statusCode();
        results.add(pool.submit(approve));
        results.add(pool.submit(approve));
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).containsExactlyInAnyOrder(200, 400);
        decide(Tokens.operator(), id, "approve").statusCode(400).body("error_code", equalTo("CBC.91006311"));

        assertThat(cash(partner)).isEqualByComparingTo("399.50");
        given().auth().oauth2(Tokens.partner(partner)).get(PATH).then().statusCode(200)
                .body("total_count", equalTo(1)).body("withdrawals[0].status", equalTo("APPROVED"))
                .body("withdrawals[0].trans_id", org.hamcrest.Matchers.startsWith("AJ"))
                .body("withdrawals[0].expected_arrival_date", equalTo(WithdrawalRules.workingDaysAfter(
                        LocalDate.now(WithdrawalRules_ZONE), 7).toString()));
        LedgerInvariants.assertBalancesEqualEntries();
        LedgerInvariants.assertNoNegativeBalance();

        Number clear = Tx.call(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "SELECT COUNT(*) FROM withdrawal WHERE bank_account_hash LIKE '%6222%' OR bank_account_masked LIKE "
                        + "'%6222%' OR account_name LIKE '%6222%'").getSingleResult().map(Number.class::cast)));
        assertThat(clear.longValue()).isZero();
        assertThat(Files.readString(Path.of("target/quarkus-test.log"))).doesNotContain("6222020200112233445")
                .doesNotContain(CARD);
    }

    static final java.time.ZoneId WithdrawalRules_ZONE = java.time.ZoneId.of("GMT+8");

    @Test
    void rule41TheAccountNameMustBeTheVerifiedCompanyAndTheAmountWithdrawable() {
        String company = "Name Check Co " + UUID.randomUUID();
        String partner = PayoutTest.verifiedPartner(company);
        recharge(partner, "100.00");
        request(partner, 10, "Someone Else Ltd", CARD).statusCode(400).body("error_code", equalTo("CBC.91006312"));
        request(partner, 100.01, company, CARD).statusCode(400).body("error_code", equalTo("CBC.99005003"));
        String unverified = registeredPartner();
        request(unverified, 10, company, CARD).statusCode(400).body("error_code", equalTo("CBC.91006313"));

        String id = request(partner, 40, company, CARD).statusCode(200).extract().path("withdrawal_id");
        decide(Tokens.operator(), id, "reject").statusCode(200).body("status", equalTo("REJECTED"))
                .body("reason", equalTo("documents missing"));
        decide(Tokens.operator(), id, "approve").statusCode(400).body("error_code", equalTo("CBC.91006311"));
        assertThat(cash(partner)).isEqualByComparingTo("100.00");
    }

    @Test
    void aPendingWithdrawalHoldsItsAmountSoNothingElseCanSpendIt() throws Exception {
        String company = "Hold Co " + UUID.randomUUID();
        String partner = PayoutTest.verifiedPartner(company);
        recharge(partner, "100.00");

        // ten concurrent requests of 30.00 against 100.00 of cash: three are held, the others refused
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> request(partner, 30, company, CARD).extract().statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(code -> code == 200).hasSize(3);
        assertThat(codes).filteredOn(code -> code == 400).hasSize(7);
        assertThat(cash(partner)).isEqualByComparingTo("10.00");
        assertThat(balance(partner, AccountKind.WITHDRAWING)).isEqualByComparingTo("90.00");

        // the held money is not allocatable either (rule 34): 10.00 is all that is left
        assertThat(new BigDecimal(given().auth().oauth2(Tokens.partner(partner))
                .get("/v2/accounts/partner-accounts/balances").then().statusCode(200).extract().jsonPath()
                .getString("account_balances.find { it.account_type == 8 }.amount"))).isEqualByComparingTo("10.00");

        List<String> ids = given().auth().oauth2(Tokens.operator()).queryParam("partner_id", partner)
                .get(PATH).then().statusCode(200).extract().path("withdrawals.withdrawal_id");
        decide(Tokens.operator(), ids.get(0), "reject").statusCode(200);
        decide(Tokens.operator(), ids.get(1), "approve").statusCode(200);
        assertThat(cash(partner)).isEqualByComparingTo("40.00");
        assertThat(balance(partner, AccountKind.WITHDRAWING)).isEqualByComparingTo("30.00");
        decide(Tokens.operator(), ids.get(2), "approve").statusCode(200);
        assertThat(balance(partner, AccountKind.WITHDRAWING)).isEqualByComparingTo("0.00");
        assertThat(cash(partner)).isEqualByComparingTo("40.00");
        LedgerInvariants.assertBalancesEqualEntries();
        LedgerInvariants.assertNoNegativeBalance();
    }

    private BigDecimal balance(String partner, AccountKind kind) {
        AccountRef ref = AccountRef.partner(partner, kind);
        return Tx.call(() -> ledger.balances(Set.of(ref))).get(ref);
    }

    @Test
    void badInputAndOtherPartnersAreRefused() {
        String company = "Isolation Co " + UUID.randomUUID();
        String partner = PayoutTest.verifiedPartner(company);
        recharge(partner, "50.00");
        String id = request(partner, 5, company, CARD).statusCode(200).extract().path("withdrawal_id");

        request(partner, 0, company, CARD).statusCode(400).body("error_code", equalTo("CBC.0100"));
        request(partner, 1.234, company, CARD).statusCode(400).body("error_code", equalTo("CBC.0100"));
        request(partner, 5, company, "not-a-card").statusCode(400).body("error_code", equalTo("CBC.0100"))
                .body(not(containsString("not-a-card")));
        request(partner, 5, company, "6222x0202").statusCode(400).body(not(containsString("6222x0202")));

        String other = registeredPartner();
        given().auth().oauth2(Tokens.partner(other)).get(PATH).then().statusCode(200).body("total_count", equalTo(0));
        decide(Tokens.partner(partner), id, "approve").statusCode(403);
        decide(Tokens.operator(), UUID.randomUUID().toString(), "approve").statusCode(404)
                .body("error_code", equalTo("CBC.91006310"));
        decide(Tokens.operator(), "not-an-id", "approve").statusCode(404).body("error_code", equalTo("CBC.91006310"));
        given().auth().oauth2(Tokens.operator()).queryParam("partner_id", partner).queryParam("status", "PENDING")
                .get(PATH).then().statusCode(200).body("total_count", equalTo(1))
                .body("withdrawals[0].withdrawal_id", equalTo(id));
        given().auth().oauth2(Tokens.partner(partner)).queryParam("status", "DONE").get(PATH).then().statusCode(400)
                .body("error_code", equalTo("CBC.0100"));
        awaitPartner(partner, p -> p.verifiedCompanyName != null);
    }
}
