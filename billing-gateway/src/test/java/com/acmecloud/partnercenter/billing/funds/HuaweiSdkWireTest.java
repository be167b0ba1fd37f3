package com.acmecloud.partnercenter.billing.funds;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.FundsTestApi.recharge;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.BillingSdk;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.AccountBalanceV2;
import com.huaweicloud.sdk.bss.v2.model.AdjustAccountReq;
import com.huaweicloud.sdk.bss.v2.model.AdjustToIndirectPartnerReq;
import com.huaweicloud.sdk.bss.v2.model.CustomerInfoV2;
import com.huaweicloud.sdk.bss.v2.model.ListCustomerAccountChangeRecordsRequest;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wire compatibility of every funds operation with the official SDK's models ({@code huaweicloud-sdk-bss}): requests
 * as the SDK builds and serialises them, answers read strictly into the SDK's response models: updateCustomerAccountAmount,
 * reclaimToPartnerAccount, updateIndirectPartnerAccount, reclaimIndirectPartnerAccount, listPartnerBalances,
 * listCustomersBalancesDetail, listPartnerAdjustRecords, listPartnerAccountChangeRecords, showCustomerAccountBalances,
 * listCustomerAccountChangeRecords.
 */
@QuarkusTest
class HuaweiSdkWireTest {

    @Test
    void allocationReclaimAndTheQueriesRoundTripThroughTheSdkModels() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String token = Tokens.partner(partner);
        recharge(partner, "100.00");

        UpdateCustomerAccountAmountResponse allocated = BillingSdk.call(BssMeta.updateCustomerAccountAmount,
                new UpdateCustomerAccountAmountRequest().withBody(new AdjustAccountReq().withCustomerId(customer)
                        .withAmount(new BigDecimal("30.50"))), token);
        assertThat(allocated.getTransferId()).startsWith("AD");
        ReclaimToPartnerAccountResponse reclaimed = BillingSdk.call(BssMeta.reclaimToPartnerAccount,
                new ReclaimToPartnerAccountRequest().withBody(new ReclaimToPartnerAccountBalancesReq()
                        .withCustomerId(customer).withAmount(new BigDecimal("0.50"))), token);
        assertThat(reclaimed.getTransId()).startsWith("RE");

        ListPartnerBalancesResponse balances = BillingSdk.call(BssMeta.listPartnerBalances,
                new ListPartnerBalancesRequest(), token);
        assertThat(balances.getAccountBalances()).extracting(AccountBalanceV2::getAccountType)
                .containsExactly(1, 2, 5, 7, 8);
        assertThat(balances.getAccountBalances().get(4).getAmount()).isEqualTo(70.0);
        assertThat(balances.getAccountBalances().get(4).getMeasureId()).isEqualTo(1);

        ListCustomersBalancesDetailResponse customerBalances = BillingSdk.call(BssMeta.listCustomersBalancesDetail,
                new ListCustomersBalancesDetailRequest().withBody(new QueryCustomersBalancesReq()
                        .withCustomerInfos(List.of(new CustomerInfoV2().withCustomerId(customer)))), token);
        assertThat(customerBalances.getCustomerBalances().get(0).getAmount()).isEqualByComparingTo("30.00");
        assertThat(customerBalances.getCustomerBalances().get(0).getDebtAmount()).isEqualByComparingTo("0");

        ListPartnerAdjustRecordsResponse records = BillingSdk.call(BssMeta.listPartnerAdjustRecords,
                new ListPartnerAdjustRecordsRequest().withCustomerId(customer).withLimit(10).withOffset(0), token);
        assertThat(records.getTotalCount()).isEqualTo(2);
        assertThat(records.getRecords().get(0).getTransId()).isEqualTo(reclaimed.getTransId());
        assertThat(records.getRecords().get(0).getOperationType()).isEqualTo("SOURCE_OPERATION_BERETRIEVE");
        assertThat(records.getRecords().get(1).getAmount()).isEqualTo("30.50");

        ListPartnerAccountChangeRecordsResponse changes = BillingSdk.call(BssMeta.listPartnerAccountChangeRecords,
                new ListPartnerAccountChangeRecordsRequest().withBalanceType("BALANCE_TYPE_DEBIT"), token);
        assertThat(changes.getTotalCount()).isEqualTo(3);
        assertThat(changes.getRecords().get(1).getTradeId()).isEqualTo(allocated.getTransferId());
        assertThat(changes.getRecords().get(1).getChangeAmount()).isEqualTo("-30.50");

        ShowCustomerAccountBalancesResponse own = BillingSdk.call(BssMeta.showCustomerAccountBalances,
                new ShowCustomerAccountBalancesRequest(), Tokens.customer(customer));
        assertThat(own.getAccountBalances().get(0).getAmount()).isEqualByComparingTo("30.00");
        // rule 40, as the SDK reads the refusal
        assertCbcError("rule 40", BillingSdk.refuse(BssMeta.listCustomerAccountChangeRecords,
                new ListCustomerAccountChangeRecordsRequest().withBalanceType("BALANCE_TYPE_DEBIT"), Tokens.customer(customer)), 400, "CBC.99000084");
    }

    @Test
    void resellerTransfersRoundTripThroughTheSdkModels() {
        String[] pair = distributorWithReseller();
        recharge(pair[0], "10.00");
        UpdateIndirectPartnerAccountResponse adjusted = BillingSdk.call(BssMeta.updateIndirectPartnerAccount,
                new UpdateIndirectPartnerAccountRequest().withBody(new AdjustToIndirectPartnerReq()
                        .withIndirectPartnerId(pair[1]).withAmount(new BigDecimal("4.00"))), Tokens.partner(pair[0]));
        assertThat(adjusted.getTransferId()).startsWith("TR");
        ReclaimIndirectPartnerAccountResponse reclaimed = BillingSdk.call(BssMeta.reclaimIndirectPartnerAccount,
                new ReclaimIndirectPartnerAccountRequest().withBody(new ReclaimIndirectPartnerAccountReq()
                        .withIndirectPartnerId(pair[1]).withAmount(new BigDecimal("1.00"))), Tokens.partner(pair[0]));
        assertThat(reclaimed.getTransId()).startsWith("TR");
        ListPartnerBalancesResponse resellerBalances = BillingSdk.call(BssMeta.listPartnerBalances,
                new ListPartnerBalancesRequest().withIndirectPartnerId(pair[1]), Tokens.partner(pair[0]));
        assertThat(resellerBalances.getAccountBalances().get(0).getAmount()).isEqualTo(3.0);
    }
}
