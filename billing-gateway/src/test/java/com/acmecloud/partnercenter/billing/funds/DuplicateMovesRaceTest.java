package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.as;
import static com.acmecloud.partnercenter.billing.FundsTestApi.balance;
import static com.acmecloud.partnercenter.billing.FundsTestApi.body;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.ledger.LedgerInvariants;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The same money move sent several times at once with only the body's {@code trans_id} as its key (no
 * Idempotency-Key header, so no idempotency record serialises the copies): every copy answers 200 with the one trans
 * id, and the money moves once. Found by suite-tests' BankIT: two copies of an indirect-partner-adjust both passed the
 * replay check before either had posted, and the second got CBC.99007009 ("key used for another request") from the
 * ledger's unique key instead of the first answer.
 */
@QuarkusTest
class DuplicateMovesRaceTest {

    private static final int COPIES = 6;

    @Test
    void copiesOfAnIndirectPartnerAdjustAllAnswerTheOneTransferAndMoveOnce() throws Exception {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        recharge(distributor, "100.00");
        Map<String, Object> request = body("indirect_partner_id", reseller, "amount", new BigDecimal("30.00"),
                "trans_id", "dup-" + UUID.randomUUID());

        List<Response> answers = sendAtOnce(() -> as(Tokens.partner(distributor)).body(request)
                .post("/v2/accounts/partner-accounts/indirect-partner-adjust"));

        assertThat(answers).extracting(Response::statusCode).as(answers.get(0).asString()).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.<String>path("transfer_id")).containsOnly(
                answers.get(0).<String>path("transfer_id"));
        assertThat(balance(reseller, 1)).isEqualByComparingTo("30.00");
        assertThat(balance(distributor, 8)).isEqualByComparingTo("70.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    @Test
    void copiesOfAnAllocationAllAnswerTheOneTransferAndMoveOnce() throws Exception {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "100.00");
        Map<String, Object> request = body("customer_id", customer, "amount", new BigDecimal("40.00"),
                "trans_id", "dup-" + UUID.randomUUID());

        List<Response> answers = sendAtOnce(() -> as(Tokens.partner(partner)).body(request)
                .post("/v2/accounts/partner-accounts/adjust-amount"));

        assertThat(answers).extracting(Response::statusCode).as(answers.get(0).asString()).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.<String>path("transfer_id")).containsOnly(
                answers.get(0).<String>path("transfer_id"));
        assertThat(balance(partner, 8)).isEqualByComparingTo("60.00");
        LedgerInvariants.assertBalancesEqualEntries();
    }

    private static List<Response> sendAtOnce(Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < COPIES; i++) {
                calls.add(call);
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
