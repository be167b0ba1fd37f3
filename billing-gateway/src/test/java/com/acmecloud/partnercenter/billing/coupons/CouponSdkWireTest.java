package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueOne;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quota;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.AdjustCouponQuotasReq;
import com.huaweicloud.sdk.bss.v2.model.CouponQuotaV2;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsReq;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.IQueryUserPartnerCouponsResultV2;
import com.huaweicloud.sdk.bss.v2.model.ListCouponQuotasRecordsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListCouponQuotasRecordsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListIssuedCouponQuotasRequest;
import com.huaweicloud.sdk.bss.v2.model.ListIssuedCouponQuotasResponse;
import com.huaweicloud.sdk.bss.v2.model.ListIssuedPartnerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListIssuedPartnerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerCouponsRecordRequest;
import com.huaweicloud.sdk.bss.v2.model.ListPartnerCouponsRecordResponse;
import com.huaweicloud.sdk.bss.v2.model.ListQuotaCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListQuotaCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.ListSubCustomerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.QueryCouponQuotasReqExt;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasResponse;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.UpdateCouponQuotasRequest;
import com.huaweicloud.sdk.bss.v2.model.UpdateCouponQuotasResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wire compatibility of every coupon operation Huawei has with the official SDK's models
 * ({@code huaweicloud-sdk-bss}, {@link BssMeta}): the SDK's request as the SDK serialises it, our answer read strictly
 * into the SDK's response model. Operations: listQuotaCoupons, createPartnerCoupons, reclaimPartnerCoupons,
 * listIssuedPartnerCoupons, listPartnerCouponsRecord, listSubCustomerCoupons, updateCouponQuotas, reclaimCouponQuotas,
 * listIssuedCouponQuotas, listCouponQuotasRecords.
 */
@QuarkusTest
class CouponSdkWireTest {

    @Test
    void partnerCouponOperationsRoundTripThroughTheSdkModels() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String foreign = associatedCustomer(registeredPartner(), 2);
        Map<String, Object> body = quota(partner);
        body.put("cloud_service_types", List.of("hws.service.type.ebs"));
        String quotaId = grant(body);
        String token = Tokens.partner(partner);

        ListQuotaCouponsResponse quotas = BssWire.call(BssMeta.listQuotaCoupons, new ListQuotaCouponsRequest()
                .withBody(new QueryCouponQuotasReqExt().withQuotaIds(List.of(quotaId)).withQuotaStatusList(List.of(0))
                        .withQuotaType(0).withOffset(0).withLimit(10)), token);
        assertThat(quotas.getTotalCount()).isEqualTo(1);
        CouponQuotaV2 quota = quotas.getQuotas().get(0);
        assertThat(quota.getBalance()).isEqualByComparingTo("1000.00");
        assertThat(quota.getLimitInfos()).extracting(info -> info.getLimitKey())
                .containsExactly("FACE_VALUE", "CLOUD_SERVICE_TYPE");
        assertThat(quota.getEffectiveTime()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

        CreatePartnerCouponsResponse issued = BssWire.call(BssMeta.createPartnerCoupons,
                new CreatePartnerCouponsRequest().withBody(new CreatePartnerCouponsReq().withQuotaId(quotaId)
                        .withCustomerIds(List.of(customer, foreign)).withFaceValue(new BigDecimal("12.50"))
                        .withCloudServiceTypes(List.of("hws.service.type.ebs")).withMemo("welcome")), token);
        assertThat(issued.getHttpStatusCode()).isEqualTo(200);
        assertThat(issued.getCouponInfos()).singleElement().satisfies(info -> assertThat(info.getId()).isEqualTo(customer));
        assertThat(issued.getErrorDetails()).singleElement().satisfies(error -> {
            assertThat(error.getId()).isEqualTo(foreign);
            assertThat(error.getErrorCode()).isEqualTo("CBC.99000035");
            assertThat(error.getErrorMsg()).isNotBlank();
        });
        String couponId = issued.getCouponInfos().get(0).getCouponId();

        ListIssuedPartnerCouponsResponse listed = BssWire.call(BssMeta.listIssuedPartnerCoupons,
                new ListIssuedPartnerCouponsRequest().withCouponId(couponId).withStatus(2).withOffset(0).withLimit(10),
                token);
        IQueryUserPartnerCouponsResultV2 coupon = listed.getUserCoupons().get(0);
        assertThat(coupon.getFaceValue()).isEqualByComparingTo("12.50");
        assertThat(coupon.getCustomerId()).isEqualTo(customer);
        assertThat(coupon.getCouponType()).isEqualTo(1);
        assertThat(coupon.getUseLimits()).singleElement()
                .satisfies(limit -> assertThat(limit.getLimitType()).isEqualTo("hws.service.type.ebs"));

        ListSubCustomerCouponsResponse own = BssWire.call(BssMeta.listSubCustomerCoupons,
                new ListSubCustomerCouponsRequest().withStatus(2).withSourceId(partner).withOffset(0).withLimit(10),
                Tokens.customer(customer));
        assertThat(own.getCount()).isEqualTo(1);
        assertThat(own.getUserCoupons().get(0).getCouponId()).isEqualTo(couponId);
        assertThat(own.getUserCoupons().get(0).getSourceId()).isEqualTo(partner);

        ReclaimPartnerCouponsResponse reclaimed = BssWire.call(BssMeta.reclaimPartnerCoupons,
                new ReclaimPartnerCouponsRequest().withBody(new ReclaimPartnerCouponsReq().withCouponId(couponId)),
                token);
        assertThat(reclaimed.getHttpStatusCode()).isEqualTo(204);
        assertCbcError("a second reclaim", BssWire.refused(BssMeta.reclaimPartnerCoupons,
                new ReclaimPartnerCouponsRequest().withBody(new ReclaimPartnerCouponsReq().withCouponId(couponId)),
                token), 400, "CBC.91006101");

        ListPartnerCouponsRecordResponse records = BssWire.call(BssMeta.listPartnerCouponsRecord,
                new ListPartnerCouponsRecordRequest().withOperationTypes(List.of("1", "2")).withQuotaId(quotaId)
                        .withCouponIds(List.of(couponId)).withQuotaType(0).withResult("0").withOffset(0)
                        .withLimit(10), token);
        assertThat(records.getTotalCount()).isEqualTo(2);
        assertThat(records.getRecords()).extracting(r -> r.getOperationType()).containsExactly("2", "1");
        assertThat(records.getRecords().get(1).getOperationAmount()).isEqualByComparingTo("12.50");
    }

    @Test
    void distributorQuotaOperationsRoundTripThroughTheSdkModels() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        String parent = grant(distributor);
        String token = Tokens.partner(distributor);

        UpdateCouponQuotasResponse given = BssWire.call(BssMeta.updateCouponQuotas, new UpdateCouponQuotasRequest()
                .withBody(new AdjustCouponQuotasReq().withQuotaId(parent).withIndirectPartnerIds(List.of(reseller))
                        .withQuotaAmount(new BigDecimal("100.00"))), token);
        String child = given.getSimpleQuotaInfos().get(0).getQuotaId();
        assertThat(given.getSimpleQuotaInfos().get(0).getId()).isEqualTo(reseller);

        ListIssuedCouponQuotasResponse issued = BssWire.call(BssMeta.listIssuedCouponQuotas,
                new ListIssuedCouponQuotasRequest().withIndirectPartnerId(reseller).withParentQuotaId(parent)
                        .withOffset(0).withLimit(10), token);
        assertThat(issued.getQuotas()).singleElement().satisfies(quota -> {
            assertThat(quota.getQuotaId()).isEqualTo(child);
            assertThat(quota.getBalance()).isEqualByComparingTo("100.00");
            assertThat(quota.getIndirectPartnerId()).isEqualTo(reseller);
        });

        ReclaimCouponQuotasResponse back = BssWire.call(BssMeta.reclaimCouponQuotas, new ReclaimCouponQuotasRequest()
                .withBody(new ReclaimCouponQuotasReq().withQuotaIds(List.of(child)).withRemark("done")), token);
        assertThat(back.getSimpleQuotaInfos()).singleElement()
                .satisfies(r -> assertThat(r.getQuotaBalance()).isEqualByComparingTo("100.00"));

        ListCouponQuotasRecordsResponse log = BssWire.call(BssMeta.listCouponQuotasRecords,
                new ListCouponQuotasRecordsRequest().withIndirectPartnerId(reseller).withQuotaId(child).withOffset(0)
                        .withLimit(10), token);
        assertThat(log.getRecords()).extracting(r -> r.getOperationType())
                .containsExactly("INDIRECT_RECLAIM", "INDIRECT_ADJUST");
        assertThat(log.getRecords().get(0).getAmount()).isEqualByComparingTo("-100.00");
    }
}
