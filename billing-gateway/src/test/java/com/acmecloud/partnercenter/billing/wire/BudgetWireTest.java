package com.acmecloud.partnercenter.billing.wire;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.wire.FundsWireTest.UTC_INSTANT;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertEveryFieldPopulated;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertRequestFieldsTaken;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.SdkTransport.Refusal;
import com.acmecloud.partnercenter.platform.wire.SdkTransport;
import com.huaweicloud.sdk.bssintl.v2.BssintlClient;
import com.huaweicloud.sdk.bssintl.v2.BssintlMeta;
import com.huaweicloud.sdk.bssintl.v2.model.BudgetInfo;
import com.huaweicloud.sdk.bssintl.v2.model.BudgetRecordInfo;
import com.huaweicloud.sdk.bssintl.v2.model.ListSubCustomerBudgetRecordsRequest;
import com.huaweicloud.sdk.bssintl.v2.model.ListSubCustomerBudgetRecordsResponse;
import com.huaweicloud.sdk.bssintl.v2.model.ListSubCustomerBudgetReq;
import com.huaweicloud.sdk.bssintl.v2.model.ListSubCustomerBudgetRequest;
import com.huaweicloud.sdk.bssintl.v2.model.ListSubCustomerBudgetResponse;
import com.huaweicloud.sdk.bssintl.v2.model.ModSubCustomerBudgetReq;
import com.huaweicloud.sdk.bssintl.v2.model.ShowSubCustomerBudgetRequest;
import com.huaweicloud.sdk.bssintl.v2.model.ShowSubCustomerBudgetResponse;
import com.huaweicloud.sdk.bssintl.v2.model.UpdateSubCustomerBudgetRequest;
import com.huaweicloud.sdk.bssintl.v2.model.UpdateSubCustomerBudgetResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The international site's budget operations (rule 13) with the official SDK ({@code huaweicloud-sdk-bssintl}),
 * through the SDK's models (strict) and through {@link BssintlClient}: every request field taken or named, every
 * answer field answered or named as not kept, values asserted.
 */
@QuarkusTest
class BudgetWireTest {

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"UpdateSubCustomerBudget", "ShowSubCustomerBudget", "ListSubCustomerBudget",
            "ListSubCustomerBudgetRecords"})
    void setShowQueryAndTheHistoryOfABudget(SdkTransport sdk) {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String token = Tokens.partner(partner);

        UpdateSubCustomerBudgetResponse set = sdk.callIntl(BssintlMeta.updateSubCustomerBudget,
                BssintlClient::updateSubCustomerBudget, new UpdateSubCustomerBudgetRequest().withBody(
                        new ModSubCustomerBudgetReq().withCustomerId(customer).withBudgetAmount(1200.5)
                                .withCancelPartnerFrozen("1")
                                .withBudgetType(ModSubCustomerBudgetReq.BudgetTypeEnum.MONTHLY)
                                .withFrozenOperateType(1)), token);
        assertThat(set.getHttpStatusCode()).isEqualTo(204);
        assertRequestFieldsTaken(BssintlMeta.updateSubCustomerBudget, Set.of());

        ShowSubCustomerBudgetResponse shown = sdk.callIntl(BssintlMeta.showSubCustomerBudget,
                BssintlClient::showSubCustomerBudget, new ShowSubCustomerBudgetRequest().withCustomerId(customer),
                token);
        assertThat(shown.getBudgetAmount()).isEqualByComparingTo("1200.50");
        assertThat(shown.getUsedAmount()).isEqualByComparingTo("0.00");
        assertThat(shown.getMeasureId()).isEqualTo(1);
        assertThat(shown.getCurrency()).isEqualTo("CNY");
        assertThat(shown.getBudgetType()).isEqualTo(ShowSubCustomerBudgetResponse.BudgetTypeEnum.MONTHLY);
        assertEveryFieldPopulated(shown, Set.of());
        assertRequestFieldsTaken(BssintlMeta.showSubCustomerBudget, Set.of());

        ListSubCustomerBudgetResponse listed = sdk.callIntl(BssintlMeta.listSubCustomerBudget,
                BssintlClient::listSubCustomerBudget, new ListSubCustomerBudgetRequest().withBody(
                        new ListSubCustomerBudgetReq().withCustomerIds(List.of(customer, "no-such-customer"))), token);
        assertThat(listed.getMeasureId()).isEqualTo(1);
        assertThat(listed.getCurrency()).isEqualTo("CNY");
        BudgetInfo info = listed.getBudgetInfos().get(0);
        assertThat(listed.getBudgetInfos()).hasSize(1);
        assertThat(info.getCustomerId()).isEqualTo(customer);
        assertThat(info.getBudgetAmount()).isEqualByComparingTo("1200.50");
        assertThat(info.getUsedAmount()).isEqualByComparingTo("0.00");
        assertThat(info.getBudgetType()).isEqualTo(BudgetInfo.BudgetTypeEnum.MONTHLY);
        assertEveryFieldPopulated(listed, Set.of());
        assertRequestFieldsTaken(BssintlMeta.listSubCustomerBudget, Set.of());

        ListSubCustomerBudgetRecordsResponse records = sdk.callIntl(BssintlMeta.listSubCustomerBudgetRecords,
                BssintlClient::listSubCustomerBudgetRecords, new ListSubCustomerBudgetRecordsRequest()
                        .withCustomerId(customer).withOperationType("SETTING").withBudgetType("MONTHLY")
                        .withOffset(0).withLimit(10), token);
        assertThat(records.getTotalCount()).isEqualTo(1);
        assertThat(records.getMeasureId()).isEqualTo(1);
        assertThat(records.getCurrency()).isEqualTo("CNY");
        BudgetRecordInfo record = records.getRecordList().get(0);
        assertThat(record.getBudgetAmount()).isEqualByComparingTo("1200.50");
        assertThat(record.getOperationType()).isEqualTo("SETTING");
        assertThat(record.getOperationTime()).matches(UTC_INSTANT);
        assertThat(record.getOperator()).isNotBlank();
        assertThat(record.getBudgetType()).isEqualTo("MONTHLY");
        // the partner's company and account names live in partner-service; billing's events carry none
        assertEveryFieldPopulated(records, Set.of("partner_corp_name", "partner_account_name"));
        assertRequestFieldsTaken(BssintlMeta.listSubCustomerBudgetRecords, Set.of());

        Refusal foreign = sdk.refuseIntl(BssintlMeta.showSubCustomerBudget, BssintlClient::showSubCustomerBudget,
                new ShowSubCustomerBudgetRequest().withCustomerId(customer),
                Tokens.partner(registeredPartner()), 400);
        assertThat(foreign.errorCode()).isEqualTo("CBC.99000035");
        assertThat(foreign.errorMsg()).isNotBlank();
    }
}
