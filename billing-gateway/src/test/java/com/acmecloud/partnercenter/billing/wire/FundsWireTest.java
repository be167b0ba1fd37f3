package com.acmecloud.partnercenter.billing.wire;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertEveryFieldPopulated;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertRequestFieldsTaken;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.BillingTestApi;
import com.acmecloud.partnercenter.billing.FundsTestApi;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.SdkTransport.Refusal;
import com.acmecloud.partnercenter.platform.wire.SdkTransport;
import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.AccountBalanceV2;
import com.huaweicloud.sdk.bss.v2.model.AccountBalanceV3;
import com.huaweicloud.sdk.bss.v2.model.AccountChangeRecord;
import com.huaweicloud.sdk.bss.v2.model.AdjustAccountReq;
import com.huaweicloud.sdk.bss.v2.model.AdjustRecordV3;
import com.huaweicloud.sdk.bss.v2.model.AdjustToIndirectPartnerReq;
import com.huaweicloud.sdk.bss.v2.model.CustomerBalancesV2;
import com.huaweicloud.sdk.bss.v2.model.CustomerInfoV2;
import com.huaweicloud.sdk.bss.v2.model.ListCustomerAccountChangeRecordsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListCustomerAccountChangeRecordsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListCustomersBalancesDetailRequest;
import com.huaweicloud.sdk.bss.v2.model.ListCustomersBalancesDetailResponse;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerAccountChangeRecordsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerAccountChangeRecordsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerAdjustRecordsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerAdjustRecordsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerBalancesRequest;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerBalancesResponse;
import com.huaweicloud.sdk.bss.v2.model.QueryCustomersBalancesReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimIndirectPartnerAccountReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimIndirectPartnerAccountRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimIndirectPartnerAccountResponse;
import com.huaweicloud.sdk.bss.v2.model.ReclaimToPartnerAccountBalancesReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimToPartnerAccountRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimToPartnerAccountResponse;
import com.huaweicloud.sdk.bss.v2.model.ShowCustomerAccountBalancesRequest;
import com.huaweicloud.sdk.bss.v2.model.ShowCustomerAccountBalancesResponse;
import com.huaweicloud.sdk.bss.v2.model.UpdateCustomerAccountAmountRequest;
import com.huaweicloud.sdk.bss.v2.model.UpdateCustomerAccountAmountResponse;
import com.huaweicloud.sdk.bss.v2.model.UpdateIndirectPartnerAccountRequest;
import com.huaweicloud.sdk.bss.v2.model.UpdateIndirectPartnerAccountResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The funds operations (domain.md §3.3) with the official SDK ({@code huaweicloud-sdk-bss}), each once through the
 * SDK's models over RestAssured (strict) and once through the SDK's own {@link BssClient}: every request field the
 * SDK sends is taken (or named as not taken), every answer field of the SDK's model is answered (or named as not
 * kept) and its value asserted.
 */
@QuarkusTest
class FundsWireTest {

    static final String UTC_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"UpdateCustomerAccountAmount", "ReclaimToPartnerAccount", "ListPartnerBalances",
            "ListCustomersBalancesDetail", "ListPartnerAdjustRecords", "ListPartnerAccountChangeRecords"})
    void allocationReclaimBalancesAndRecords(SdkTransport sdk) {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String token = Tokens.partner(partner);
        recharge(partner, "100.00");

        UpdateCustomerAccountAmountResponse allocated = sdk.call(BssMeta.updateCustomerAccountAmount,
                BssClient::updateCustomerAccountAmount, new UpdateCustomerAccountAmountRequest().withBody(
                        new AdjustAccountReq().withCustomerId(customer).withAmount(new BigDecimal("30.50"))), token);
        assertThat(allocated.getTransferId()).matches("AD\\d{12}[0-9a-f]{12}");
        assertEveryFieldPopulated(allocated, Set.of());
        assertRequestFieldsTaken(BssMeta.updateCustomerAccountAmount, Set.of());

        ReclaimToPartnerAccountResponse reclaimed = sdk.call(BssMeta.reclaimToPartnerAccount,
                BssClient::reclaimToPartnerAccount, new ReclaimToPartnerAccountRequest().withBody(
                        new ReclaimToPartnerAccountBalancesReq().withCustomerId(customer)
                                .withAmount(new BigDecimal("0.50"))), token);
        assertThat(reclaimed.getTransId()).matches("RE\\d{12}[0-9a-f]{12}");
        assertEveryFieldPopulated(reclaimed, Set.of());
        assertRequestFieldsTaken(BssMeta.reclaimToPartnerAccount, Set.of());

        ListPartnerBalancesResponse balances = sdk.call(BssMeta.listPartnerBalances, BssClient::listPartnerBalances,
                new ListPartnerBalancesRequest(), token);
        List<AccountBalanceV2> accounts = balances.getAccountBalances();
        assertThat(accounts).extracting(AccountBalanceV2::getAccountType).containsExactly(1, 2, 5, 7, 8);
        assertThat(accounts).extracting(AccountBalanceV2::getAmount).containsExactly(100.0, 0.0, 0.0, 0.0, 70.0);
        assertThat(accounts).extracting(AccountBalanceV2::getAccountId)
                .containsExactly(partner + "-1", partner + "-2", partner + "-5", partner + "-7", partner + "-8");
        assertThat(accounts).allSatisfy(account -> {
            assertThat(account.getCurrency()).isEqualTo("CNY");
            assertThat(account.getMeasureId()).isEqualTo(1);
        });
        assertThat(accounts).extracting(AccountBalanceV2::getDesignatedAmount)
                .containsExactly(0.0, null, null, null, 0.0);
        assertThat(accounts).extracting(AccountBalanceV2::getCreditAmount).containsExactly(null, 0.0, null, null, null);
        // memo: no account carries a note; designated / credit only where they mean something (above)
        assertEveryFieldPopulated(balances, Set.of("memo", "designated_amount", "credit_amount"));
        assertRequestFieldsTaken(BssMeta.listPartnerBalances, Set.of());

        ListCustomersBalancesDetailResponse customerBalances = sdk.call(BssMeta.listCustomersBalancesDetail,
                BssClient::listCustomersBalancesDetail, new ListCustomersBalancesDetailRequest().withBody(
                        new QueryCustomersBalancesReq().withCustomerInfos(
                                List.of(new CustomerInfoV2().withCustomerId(customer)))), token);
        CustomerBalancesV2 customerBalance = customerBalances.getCustomerBalances().get(0);
        assertThat(customerBalance.getCustomerId()).isEqualTo(customer);
        assertThat(customerBalance.getAmount()).isEqualByComparingTo("30.00");
        assertThat(customerBalance.getDebtAmount()).isEqualByComparingTo("0.00");
        assertThat(customerBalance.getCurrency()).isEqualTo("CNY");
        assertThat(customerBalance.getMeasureId()).isEqualTo(1);
        assertEveryFieldPopulated(customerBalances, Set.of());
        assertRequestFieldsTaken(BssMeta.listCustomersBalancesDetail, Set.of());

        Instant now = Instant.now();
        ListPartnerAdjustRecordsResponse records = sdk.call(BssMeta.listPartnerAdjustRecords,
                BssClient::listPartnerAdjustRecords, new ListPartnerAdjustRecordsRequest().withCustomerId(customer)
                        .withOperationType("SOURCE_OPERATION_BEADJUST")
                        .withOperationTimeBegin(utc(now.minus(1, ChronoUnit.HOURS)))
                        .withOperationTimeEnd(utc(now.plus(1, ChronoUnit.HOURS)))
                        .withTransId(allocated.getTransferId()).withOffset(0).withLimit(10), token);
        assertThat(records.getTotalCount()).isEqualTo(1);
        AdjustRecordV3 record = records.getRecords().get(0);
        assertThat(record.getCustomerId()).isEqualTo(customer);
        assertThat(record.getOperationType()).isEqualTo("SOURCE_OPERATION_BEADJUST");
        assertThat(record.getAmount()).isEqualTo("30.50");
        assertThat(record.getCurrency()).isEqualTo("CNY");
        assertThat(record.getOperationTime()).matches(UTC_INSTANT);
        assertThat(record.getMeasureId()).isEqualTo(1);
        assertThat(record.getTransId()).isEqualTo(allocated.getTransferId());
        // customer_name: billing knows no customer names (customer.events carry none); apply_scene, memo: not kept
        assertEveryFieldPopulated(records, Set.of("customer_name", "apply_scene", "memo"));
        assertRequestFieldsTaken(BssMeta.listPartnerAdjustRecords, Set.of());
        ListPartnerAdjustRecordsResponse both = sdk.call(BssMeta.listPartnerAdjustRecords,
                BssClient::listPartnerAdjustRecords, new ListPartnerAdjustRecordsRequest().withCustomerId(customer),
                token);
        assertThat(both.getRecords()).extracting(AdjustRecordV3::getTransId)
                .containsExactly(reclaimed.getTransId(), allocated.getTransferId());
        assertThat(both.getRecords().get(0).getOperationType()).isEqualTo("SOURCE_OPERATION_BERETRIEVE");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        ListPartnerAccountChangeRecordsResponse changes = sdk.call(BssMeta.listPartnerAccountChangeRecords,
                BssClient::listPartnerAccountChangeRecords, new ListPartnerAccountChangeRecordsRequest()
                        .withBalanceType("BALANCE_TYPE_DEBIT").withTradeType("BEADJUST").withTradeTimeBegin(today)
                        .withTradeTimeEnd(today).withOffset(0).withLimit(10), token);
        assertThat(changes.getTotalCount()).isEqualTo(1);
        assertThat(changes.getCurrency()).isEqualTo("CNY");
        AccountChangeRecord change = changes.getRecords().get(0);
        assertThat(change.getAccountChangeId()).matches("\\d+");
        assertThat(change.getTradeDetailType()).isEqualTo("BEADJUST");
        assertThat(change.getTradeTime()).matches(UTC_INSTANT);
        assertThat(change.getTradeId()).isEqualTo(allocated.getTransferId());
        assertThat(change.getChangeAmount()).isEqualTo("-30.50");
        assertThat(change.getBalanceAfterChange()).isEqualTo("69.50");
        assertThat(change.getType()).isEqualTo("2");
        assertEveryFieldPopulated(changes, Set.of());
        assertRequestFieldsTaken(BssMeta.listPartnerAccountChangeRecords, Set.of());
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"ShowCustomerAccountBalances", "ListCustomerAccountChangeRecords"})
    void aCustomersOwnBalancesAndRecords(SdkTransport sdk) {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        recharge(partner, "50.00");
        FundsTestApi.allocate(partner, customer, new BigDecimal("12.34")).statusCode(200);

        ShowCustomerAccountBalancesResponse own = sdk.call(BssMeta.showCustomerAccountBalances,
                BssClient::showCustomerAccountBalances, new ShowCustomerAccountBalancesRequest(),
                Tokens.customer(customer));
        AccountBalanceV3 balance = own.getAccountBalances().get(0);
        assertThat(balance.getAccountId()).isEqualTo(customer + "-1");
        assertThat(balance.getAccountType()).isEqualTo(1);
        assertThat(balance.getAmount()).isEqualByComparingTo("12.34");
        assertThat(balance.getCurrency()).isEqualTo("CNY");
        assertThat(balance.getDesignatedAmount()).isEqualByComparingTo("0");
        assertThat(balance.getCreditAmount()).isEqualByComparingTo("0");
        assertThat(balance.getMeasureId()).isEqualTo(1);
        assertThat(own.getDebtAmount()).isEqualByComparingTo("0");
        assertThat(own.getMeasureId()).isEqualTo(1);
        assertThat(own.getCurrency()).isEqualTo("CNY");
        assertEveryFieldPopulated(own, Set.of());
        assertRequestFieldsTaken(BssMeta.showCustomerAccountBalances, Set.of());

        // rule 40: a resale customer is refused, as the SDK reports it
        Refusal refused = sdk.refuse(BssMeta.listCustomerAccountChangeRecords,
                BssClient::listCustomerAccountChangeRecords,
                new ListCustomerAccountChangeRecordsRequest().withBalanceType("BALANCE_TYPE_DEBIT"),
                Tokens.customer(customer), 400);
        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("CBC.99000084");
        assertThat(refused.errorMsg()).isNotBlank();
        assertThat(refused.requestId()).isNotBlank();

        // a referral customer: billing keeps no ledger of its own cash, so no records (and the filters are read)
        String referral = associatedCustomer(partner, 1);
        ListCustomerAccountChangeRecordsResponse none = sdk.call(BssMeta.listCustomerAccountChangeRecords,
                BssClient::listCustomerAccountChangeRecords, new ListCustomerAccountChangeRecordsRequest()
                        .withBalanceType("BALANCE_TYPE_DEBIT").withOffset(0).withLimit(10),
                Tokens.customer(referral));
        assertThat(none.getTotalCount()).isZero();
        assertThat(none.getCurrency()).isEqualTo("CNY");
        assertThat(none.getRecords()).isEmpty();
        // billing keeps no customer ledger: the filters cannot narrow an empty list and are not read
        assertRequestFieldsTaken(BssMeta.listCustomerAccountChangeRecords, Set.of("balance_type",
                "revenue_expense_type", "trade_type", "trade_time_begin", "trade_time_end", "trade_id",
                "payment_channel_id", "payment_channel_no", "offset", "limit"));
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"UpdateIndirectPartnerAccount", "ReclaimIndirectPartnerAccount"})
    void aDistributorMovesMoneyToItsResellerAndActsForIt(SdkTransport sdk) {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        String token = Tokens.partner(distributor);
        recharge(distributor, "10.00");

        UpdateIndirectPartnerAccountResponse adjusted = sdk.call(BssMeta.updateIndirectPartnerAccount,
                BssClient::updateIndirectPartnerAccount, new UpdateIndirectPartnerAccountRequest().withBody(
                        new AdjustToIndirectPartnerReq().withIndirectPartnerId(reseller)
                                .withAmount(new BigDecimal("4.00"))), token);
        assertThat(adjusted.getTransferId()).matches("TR\\d{12}[0-9a-f]{12}");
        assertEveryFieldPopulated(adjusted, Set.of());
        assertRequestFieldsTaken(BssMeta.updateIndirectPartnerAccount, Set.of());

        ReclaimIndirectPartnerAccountResponse reclaimed = sdk.call(BssMeta.reclaimIndirectPartnerAccount,
                BssClient::reclaimIndirectPartnerAccount, new ReclaimIndirectPartnerAccountRequest().withBody(
                        new ReclaimIndirectPartnerAccountReq().withIndirectPartnerId(reseller)
                                .withAmount(new BigDecimal("1.00"))), token);
        assertThat(reclaimed.getTransId()).matches("TR\\d{12}[0-9a-f]{12}");
        assertEveryFieldPopulated(reclaimed, Set.of());
        assertRequestFieldsTaken(BssMeta.reclaimIndirectPartnerAccount, Set.of());

        // the distributor acts for its reseller (indirect_partner_id) on a customer the reseller has
        String customer = newCustomerId();
        publish(CustomerEvents.TOPIC, reseller, BillingTestApi.associated(reseller, customer, 2, distributor));
        awaitCustomer(customer, c -> reseller.equals(c.partnerId));
        UpdateCustomerAccountAmountResponse forReseller = sdk.call(BssMeta.updateCustomerAccountAmount,
                BssClient::updateCustomerAccountAmount, new UpdateCustomerAccountAmountRequest().withBody(
                        new AdjustAccountReq().withCustomerId(customer).withAmount(new BigDecimal("2.00"))
                                .withIndirectPartnerId(reseller)), token);
        sdk.call(BssMeta.reclaimToPartnerAccount, BssClient::reclaimToPartnerAccount,
                new ReclaimToPartnerAccountRequest().withBody(new ReclaimToPartnerAccountBalancesReq()
                        .withCustomerId(customer).withAmount(new BigDecimal("0.50")).withIndirectPartnerId(reseller)),
                token);

        ListPartnerBalancesResponse resellerBalances = sdk.call(BssMeta.listPartnerBalances,
                BssClient::listPartnerBalances, new ListPartnerBalancesRequest().withIndirectPartnerId(reseller),
                token);
        assertThat(resellerBalances.getAccountBalances()).extracting(AccountBalanceV2::getAmount)
                .containsExactly(3.0, 0.0, 0.0, 0.0, 1.5);
        assertThat(resellerBalances.getAccountBalances().get(0).getAccountId()).isEqualTo(reseller + "-1");

        ListCustomersBalancesDetailResponse customerBalances = sdk.call(BssMeta.listCustomersBalancesDetail,
                BssClient::listCustomersBalancesDetail, new ListCustomersBalancesDetailRequest().withBody(
                        new QueryCustomersBalancesReq().withIndirectPartnerId(reseller).withCustomerInfos(
                                List.of(new CustomerInfoV2().withCustomerId(customer)))), token);
        assertThat(customerBalances.getCustomerBalances()).singleElement()
                .satisfies(b -> assertThat(b.getAmount()).isEqualByComparingTo("1.50"));

        ListPartnerAdjustRecordsResponse records = sdk.call(BssMeta.listPartnerAdjustRecords,
                BssClient::listPartnerAdjustRecords, new ListPartnerAdjustRecordsRequest()
                        .withIndirectPartnerId(reseller).withTransId(forReseller.getTransferId()), token);
        assertThat(records.getRecords()).singleElement().satisfies(r -> {
            assertThat(r.getCustomerId()).isEqualTo(customer);
            assertThat(r.getAmount()).isEqualTo("2.00");
        });

        ListPartnerAccountChangeRecordsResponse changes = sdk.call(BssMeta.listPartnerAccountChangeRecords,
                BssClient::listPartnerAccountChangeRecords, new ListPartnerAccountChangeRecordsRequest()
                        .withBalanceType("BALANCE_TYPE_DEBIT").withIndirectPartnerId(reseller), token);
        assertThat(changes.getRecords()).extracting(AccountChangeRecord::getTradeDetailType)
                .containsExactly("BERETRIEVE", "BEADJUST", "TRANS", "TRANS");
        assertThat(changes.getRecords()).extracting(AccountChangeRecord::getChangeAmount)
                .containsExactly("0.50", "-2.00", "-1.00", "4.00");
    }

    static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
