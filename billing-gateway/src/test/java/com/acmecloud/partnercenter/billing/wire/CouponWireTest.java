package com.acmecloud.partnercenter.billing.wire;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.wire.FundsWireTest.UTC_INSTANT;
import static com.acmecloud.partnercenter.billing.wire.FundsWireTest.utc;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertEveryFieldPopulated;
import static com.acmecloud.partnercenter.platform.wire.HuaweiSdk.assertRequestFieldsTaken;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.wire.SdkTransport.Refusal;
import com.acmecloud.partnercenter.platform.wire.SdkTransport;
import com.huaweicloud.sdk.bss.v2.BssClient;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.AdjustCouponQuotasReq;
import com.huaweicloud.sdk.bss.v2.model.CouponQuotaV2;
import com.huaweicloud.sdk.bss.v2.model.CouponRecordV2;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsReq;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.CreatePartnerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.ICouponUseLimitInfoV2;
import com.huaweicloud.sdk.bss.v2.model.IQueryUserCouponsResultV2;
import com.huaweicloud.sdk.bss.v2.model.IQueryUserPartnerCouponsResultV2;
import com.huaweicloud.sdk.bss.v2.model.IssuedCouponQuota;
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
import com.huaweicloud.sdk.bss.v2.model.QuotaRecord;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimCouponQuotasResponse;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsReq;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsRequest;
import com.huaweicloud.sdk.bss.v2.model.ReclaimPartnerCouponsResponse;
import com.huaweicloud.sdk.bss.v2.model.UpdateCouponQuotasRequest;
import com.huaweicloud.sdk.bss.v2.model.UpdateCouponQuotasResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The coupon operations (domain.md §3.4) with the official SDK ({@code huaweicloud-sdk-bss}), through the SDK's
 * models (strict) and through {@link BssClient}: every request field taken or named, every answer field answered or
 * named as not kept, values asserted.
 */
@QuarkusTest
class CouponWireTest {

    /** Coupon fields of Huawei's promotion plans, orders and coupon codes, which partner coupons do not have. */
    static final Set<String> NO_PROMOTION_PLAN = Set.of("order_id", "promotion_plan_id", "promotion_plan_name",
            "promotion_plan_desc", "media_type", "fetch_method", "active_time", "last_used_time", "promotion_id",
            "lock_order_id", "coupon_code", "plan_name", "plan_desc", "reserve_time", "coupon_version",
            "coupon_usage", "extend_param1", "ICouponUseLimitInfoV2.value2", "ICouponUseLimitInfoV2.value_unit",
            "ICouponUseLimitInfoV2.promotion_plan_id");

    static String grant(String partner, Instant effective, Instant expire) {
        Map<String, Object> body = new HashMap<>();
        body.put("partner_id", partner);
        body.put("quota_type", 0);
        body.put("quota_value", new BigDecimal("1000.00"));
        body.put("min_face_value", new BigDecimal("1.00"));
        body.put("max_face_value", new BigDecimal("500.00"));
        body.put("effective_time", utc(effective));
        body.put("expire_time", utc(expire));
        body.put("cloud_service_types", List.of("hws.service.type.ebs"));
        body.put("product_ids", List.of("00301-01"));
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/v2/partners/coupon-quotas").then().statusCode(200).extract().path("quota_id");
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"ListQuotaCoupons", "CreatePartnerCoupons", "ListIssuedPartnerCoupons", "ListSubCustomerCoupons",
            "ReclaimPartnerCoupons", "ListPartnerCouponsRecord"})
    void quotasCouponsAndTheirLog(SdkTransport sdk) {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String foreign = associatedCustomer(registeredPartner(), 2);
        Instant now = Instant.now();
        Instant effective = now.minus(1, ChronoUnit.DAYS);
        Instant expire = now.plus(365, ChronoUnit.DAYS);
        String quotaId = grant(partner, effective, expire);
        String token = Tokens.partner(partner);
        String from = utc(now.minus(2, ChronoUnit.DAYS));
        String to = utc(now.plus(400, ChronoUnit.DAYS));

        ListQuotaCouponsResponse quotas = sdk.call(BssMeta.listQuotaCoupons, BssClient::listQuotaCoupons,
                new ListQuotaCouponsRequest().withBody(new QueryCouponQuotasReqExt().withQuotaIds(List.of(quotaId))
                        .withQuotaStatusList(List.of(0)).withQuotaType(0).withCreateTimeBegin(from)
                        .withCreateTimeEnd(to).withEffectiveTimeBegin(from).withEffectiveTimeEnd(to)
                        .withExpireTimeBegin(from).withExpireTimeEnd(to).withOffset(0).withLimit(10)), token);
        assertThat(quotas.getTotalCount()).isEqualTo(1);
        CouponQuotaV2 quota = quotas.getQuotas().get(0);
        assertThat(quota.getQuotaId()).isEqualTo(quotaId);
        assertThat(quota.getQuotaType()).isZero();
        assertThat(quota.getCreateTime()).matches(UTC_INSTANT);
        assertThat(quota.getLastUpdateTime()).matches(UTC_INSTANT);
        assertThat(quota.getQuotaValue()).isEqualByComparingTo("1000.00");
        assertThat(quota.getQuotaStatus()).isZero();
        assertThat(quota.getBalance()).isEqualByComparingTo("1000.00");
        assertThat(quota.getMeasureId()).isEqualTo(1);
        assertThat(quota.getCurrency()).isEqualTo("CNY");
        assertThat(quota.getEffectiveTime()).isEqualTo(utc(effective));
        assertThat(quota.getExpireTime()).isEqualTo(utc(expire));
        assertThat(quota.getLimitInfos()).extracting(info -> info.getLimitKey() + "=" + info.getLimitValues().stream()
                .map(v -> v.getValue1() + "/" + v.getValue2()).toList())
                .containsExactly("FACE_VALUE=[1.00/500.00]", "CLOUD_SERVICE_TYPE=[hws.service.type.ebs/null]",
                        "PRODUCT_ID=[00301-01/null]");
        assertEveryFieldPopulated(quotas, Set.of("value2"));
        assertRequestFieldsTaken(BssMeta.listQuotaCoupons, Set.of());

        CreatePartnerCouponsResponse issued = sdk.call(BssMeta.createPartnerCoupons, BssClient::createPartnerCoupons,
                new CreatePartnerCouponsRequest().withBody(new CreatePartnerCouponsReq().withQuotaId(quotaId)
                        .withCustomerIds(List.of(customer, foreign)).withFaceValue(new BigDecimal("12.50"))
                        .withValidTime(utc(now)).withExpireTime(utc(now.plus(30, ChronoUnit.DAYS)))
                        .withCloudServiceTypes(List.of("hws.service.type.ebs")).withProductIds(List.of("00301-01"))
                        .withMemo("welcome")), token);
        assertThat(issued.getHttpStatusCode()).isEqualTo(200);
        assertThat(issued.getCouponInfos()).singleElement().satisfies(info -> {
            assertThat(info.getId()).isEqualTo(customer);
            assertThat(info.getCouponId()).isNotBlank();
        });
        assertThat(issued.getErrorDetails()).singleElement().satisfies(error -> {
            assertThat(error.getId()).isEqualTo(foreign);
            assertThat(error.getErrorCode()).isEqualTo("CBC.99000035");
            assertThat(error.getErrorMsg()).isNotBlank();
        });
        assertEveryFieldPopulated(issued, Set.of());
        assertRequestFieldsTaken(BssMeta.createPartnerCoupons, Set.of());
        String couponId = issued.getCouponInfos().get(0).getCouponId();

        ListIssuedPartnerCouponsResponse listed = sdk.call(BssMeta.listIssuedPartnerCoupons,
                BssClient::listIssuedPartnerCoupons, new ListIssuedPartnerCouponsRequest().withCouponId(couponId)
                        .withCustomerId(customer).withCouponType(1).withStatus(2).withCreateTimeBegin(from)
                        .withCreateTimeEnd(to).withEffectiveTimeBegin(from).withEffectiveTimeEnd(to)
                        .withExpireTimeBegin(from).withExpireTimeEnd(to).withOffset(0).withLimit(10), token);
        assertThat(listed.getTotalCount()).isEqualTo(1);
        IQueryUserPartnerCouponsResultV2 coupon = listed.getUserCoupons().get(0);
        assertThat(coupon.getCouponId()).isEqualTo(couponId);
        assertThat(coupon.getStatus()).isEqualTo(2);
        assertThat(coupon.getCustomerId()).isEqualTo(customer);
        assertThat(coupon.getCouponType()).isEqualTo(1);
        assertThat(coupon.getMeasureId()).isEqualTo(1);
        assertThat(coupon.getFaceValue()).isEqualByComparingTo("12.50");
        assertThat(coupon.getEffectiveTime()).isEqualTo(utc(now));
        assertThat(coupon.getExpireTime()).isEqualTo(utc(now.plus(30, ChronoUnit.DAYS)));
        assertThat(coupon.getCreateTime()).matches(UTC_INSTANT);
        assertThat(coupon.getBalance()).isEqualByComparingTo("12.50");
        assertThat(coupon.getIsFrozen()).isEqualTo("0");
        assertUseLimits(coupon.getUseLimits(), couponId);
        assertEveryFieldPopulated(listed, NO_PROMOTION_PLAN);
        // order_id: coupons are not spent on orders here yet (README "Coupons", not modelled)
        assertRequestFieldsTaken(BssMeta.listIssuedPartnerCoupons, Set.of());

        ListSubCustomerCouponsResponse own = sdk.call(BssMeta.listSubCustomerCoupons,
                BssClient::listSubCustomerCoupons, new ListSubCustomerCouponsRequest().withCouponId(couponId)
                        .withCouponType(1).withStatus(2).withActiveStartTime(from).withActiveEndTime(to)
                        .withSourceId(partner).withOffset(0).withLimit(10), Tokens.customer(customer));
        assertThat(own.getCount()).isEqualTo(1);
        IQueryUserCouponsResultV2 mine = own.getUserCoupons().get(0);
        assertThat(mine.getCouponId()).isEqualTo(couponId);
        assertThat(mine.getStatus()).isEqualTo(2);
        assertThat(mine.getCustomerId()).isEqualTo(customer);
        assertThat(mine.getCouponType()).isEqualTo(1);
        assertThat(mine.getMeasureId()).isEqualTo(1);
        assertThat(mine.getFaceValue()).isEqualTo(12.5);
        assertThat(mine.getValidTime()).isEqualTo(utc(now));
        assertThat(mine.getExpireTime()).isEqualTo(utc(now.plus(30, ChronoUnit.DAYS)));
        assertThat(mine.getCreateTime()).matches(UTC_INSTANT);
        assertThat(mine.getBalance()).isEqualTo(12.5);
        assertThat(mine.getIsFrozen()).isEqualTo("0");
        assertThat(mine.getCurrency()).isEqualTo("CNY");
        assertThat(mine.getSourceId()).isEqualTo(partner);
        assertUseLimits(mine.getUseLimits(), couponId);
        assertEveryFieldPopulated(own, NO_PROMOTION_PLAN);
        // a customer's token names one customer: indirect_partner_id (a partner's parameter) has no meaning here
        assertRequestFieldsTaken(BssMeta.listSubCustomerCoupons, Set.of());

        ReclaimPartnerCouponsResponse reclaimed = sdk.call(BssMeta.reclaimPartnerCoupons,
                BssClient::reclaimPartnerCoupons, new ReclaimPartnerCouponsRequest().withBody(
                        new ReclaimPartnerCouponsReq().withCouponId(couponId)), token);
        assertThat(reclaimed.getHttpStatusCode()).isEqualTo(204);
        assertRequestFieldsTaken(BssMeta.reclaimPartnerCoupons, Set.of());
        Refusal again = sdk.refuse(BssMeta.reclaimPartnerCoupons, BssClient::reclaimPartnerCoupons,
                new ReclaimPartnerCouponsRequest().withBody(new ReclaimPartnerCouponsReq().withCouponId(couponId)),
                token, 400);
        assertThat(again.errorCode()).isEqualTo("CBC.91006101");
        assertThat(again.errorMsg()).isNotBlank();

        ListPartnerCouponsRecordResponse records = sdk.call(BssMeta.listPartnerCouponsRecord,
                BssClient::listPartnerCouponsRecord, new ListPartnerCouponsRecordRequest()
                        .withOperationTypes(List.of("1", "2")).withQuotaId(quotaId).withQuotaType(0)
                        .withCouponIds(List.of(couponId)).withCustomerId(customer).withOperationTimeBegin(from)
                        .withOperationTimeEnd(to).withResult("0").withOffset(0).withLimit(10), token);
        assertThat(records.getTotalCount()).isEqualTo(2);
        assertThat(records.getRecords()).extracting(CouponRecordV2::getOperationType).containsExactly("2", "1");
        CouponRecordV2 issue = records.getRecords().get(1);
        assertThat(issue.getId()).isNotBlank();
        assertThat(issue.getQuotaId()).isEqualTo(quotaId);
        assertThat(issue.getQuotaType()).isZero();
        assertThat(issue.getCouponId()).isEqualTo(couponId);
        assertThat(issue.getCustomerId()).isEqualTo(customer);
        assertThat(issue.getOperationAmount()).isEqualByComparingTo("12.50");
        assertThat(issue.getOperationTime()).matches(UTC_INSTANT);
        assertThat(issue.getResult()).isEqualTo("0");
        assertThat(issue.getRemark()).isEqualTo("welcome");
        // remark: the issue's memo; a reclaim takes no remark (ReclaimPartnerCouponsReq has none)
        assertThat(records.getRecords().get(0).getRemark()).isNull();
        assertEveryFieldPopulated(records, Set.of("remark"));
        assertRequestFieldsTaken(BssMeta.listPartnerCouponsRecord, Set.of());
    }

    private static void assertUseLimits(List<ICouponUseLimitInfoV2> limits, String couponId) {
        assertThat(limits).extracting(ICouponUseLimitInfoV2::getLimitKey, ICouponUseLimitInfoV2::getValue1,
                        ICouponUseLimitInfoV2::getLimitType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLOUD_SERVICE_TYPE", "hws.service.type.ebs",
                                "CLOUD_SERVICE_TYPE"),
                        org.assertj.core.groups.Tuple.tuple("PRODUCT_ID", "00301-01", "PRODUCT_ID"));
        assertThat(limits).extracting(ICouponUseLimitInfoV2::getUseLimitiInfoId)
                .containsExactly(couponId + "-1", couponId + "-2");
    }

    @ParameterizedTest
    @EnumSource(SdkTransport.class)
    @SdkOperations({"UpdateCouponQuotas", "ListIssuedCouponQuotas", "ReclaimCouponQuotas", "ListCouponQuotasRecords"})
    void aDistributorGivesQuotaToItsResellerAndTakesItBack(SdkTransport sdk) {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        Instant now = Instant.now();
        Instant effective = now.minus(1, ChronoUnit.DAYS);
        Instant expire = now.plus(365, ChronoUnit.DAYS);
        String parent = grant(distributor, effective, expire);
        String token = Tokens.partner(distributor);

        UpdateCouponQuotasResponse given = sdk.call(BssMeta.updateCouponQuotas, BssClient::updateCouponQuotas,
                new UpdateCouponQuotasRequest().withBody(new AdjustCouponQuotasReq().withQuotaId(parent)
                        .withIndirectPartnerIds(List.of(reseller, "no-such-reseller"))
                        .withQuotaAmount(new BigDecimal("100.00"))), token);
        assertThat(given.getSimpleQuotaInfos()).singleElement().satisfies(info -> {
            assertThat(info.getId()).isEqualTo(reseller);
            assertThat(info.getQuotaId()).isNotBlank();
        });
        assertThat(given.getErrorDetails()).singleElement().satisfies(error -> {
            assertThat(error.getId()).isEqualTo("no-such-reseller");
            assertThat(error.getErrorCode()).isEqualTo("CBC.99000037");
            assertThat(error.getErrorMsg()).isNotBlank();
        });
        assertEveryFieldPopulated(given, Set.of());
        assertRequestFieldsTaken(BssMeta.updateCouponQuotas, Set.of());
        String child = given.getSimpleQuotaInfos().get(0).getQuotaId();

        ListIssuedCouponQuotasResponse issued = sdk.call(BssMeta.listIssuedCouponQuotas,
                BssClient::listIssuedCouponQuotas, new ListIssuedCouponQuotasRequest().withQuotaId(child)
                        .withIndirectPartnerId(reseller).withParentQuotaId(parent).withOffset(0).withLimit(10), token);
        assertThat(issued.getTotalCount()).isEqualTo(1);
        IssuedCouponQuota quota = issued.getQuotas().get(0);
        assertThat(quota.getQuotaId()).isEqualTo(child);
        assertThat(quota.getQuotaType()).isZero();
        assertThat(quota.getCreateTime()).matches(UTC_INSTANT);
        assertThat(quota.getLastUpdateTime()).matches(UTC_INSTANT);
        assertThat(quota.getQuotaValue()).isEqualByComparingTo("100.00");
        assertThat(quota.getQuotaStatus()).isZero();
        assertThat(quota.getBalance()).isEqualByComparingTo("100.00");
        assertThat(quota.getMeasureId()).isEqualTo(1);
        assertThat(quota.getCurrency()).isEqualTo("CNY");
        assertThat(quota.getEffectiveTime()).isEqualTo(utc(effective));
        assertThat(quota.getExpireTime()).isEqualTo(utc(expire));
        assertThat(quota.getLimitInfos()).extracting(info -> info.getLimitKey())
                .containsExactly("FACE_VALUE", "CLOUD_SERVICE_TYPE", "PRODUCT_ID");
        assertThat(quota.getIndirectPartnerId()).isEqualTo(reseller);
        assertThat(quota.getParentQuotaId()).isEqualTo(parent);
        // the reseller's account and company names live in partner-service; billing's events carry none
        assertEveryFieldPopulated(issued, Set.of("value2", "indirect_partner_account_name", "indirect_partner_name"));
        assertRequestFieldsTaken(BssMeta.listIssuedCouponQuotas, Set.of());

        ReclaimCouponQuotasResponse back = sdk.call(BssMeta.reclaimCouponQuotas, BssClient::reclaimCouponQuotas,
                new ReclaimCouponQuotasRequest().withBody(new ReclaimCouponQuotasReq()
                        .withQuotaIds(List.of(child, "no-such-quota")).withRemark("season over")), token);
        assertThat(back.getSimpleQuotaInfos()).singleElement().satisfies(r -> {
            assertThat(r.getQuotaId()).isEqualTo(child);
            assertThat(r.getQuotaBalance()).isEqualByComparingTo("100.00");
        });
        assertThat(back.getErrorDetails()).singleElement().satisfies(error -> {
            assertThat(error.getId()).isEqualTo("no-such-quota");
            assertThat(error.getErrorCode()).isEqualTo("CBC.99000012");
            assertThat(error.getErrorMsg()).isNotBlank();
        });
        assertEveryFieldPopulated(back, Set.of());
        assertRequestFieldsTaken(BssMeta.reclaimCouponQuotas, Set.of());

        Instant from = now.minus(1, ChronoUnit.HOURS);
        Instant to = now.plus(1, ChronoUnit.HOURS);
        ListCouponQuotasRecordsResponse log = sdk.call(BssMeta.listCouponQuotasRecords,
                BssClient::listCouponQuotasRecords, new ListCouponQuotasRecordsRequest()
                        .withIndirectPartnerId(reseller).withQuotaId(child).withOperationTimeBegin(utc(from))
                        .withOperationTimeEnd(utc(to)).withParentQuotaId(parent).withOffset(0).withLimit(10), token);
        assertThat(log.getTotalCount()).isEqualTo(2);
        assertThat(log.getRecords()).extracting(QuotaRecord::getOperationType)
                .containsExactly("INDIRECT_RECLAIM", "INDIRECT_ADJUST");
        QuotaRecord reclaim = log.getRecords().get(0);
        assertThat(reclaim.getId()).isNotBlank();
        assertThat(reclaim.getOperator()).isNotBlank();
        assertThat(reclaim.getQuotaId()).isEqualTo(child);
        assertThat(reclaim.getParentQuotaId()).isEqualTo(parent);
        assertThat(reclaim.getAmount()).isEqualByComparingTo("-100.00");
        assertThat(reclaim.getOperationTime()).matches(UTC_INSTANT);
        assertThat(reclaim.getResult()).isEqualTo("0");
        assertThat(reclaim.getIndirectPartnerId()).isEqualTo(reseller);
        assertThat(reclaim.getRemark()).isEqualTo("season over");
        // remark: the reclaim's; giving quota takes none (AdjustCouponQuotasReq has no remark)
        assertThat(log.getRecords().get(1).getRemark()).isNull();
        assertEveryFieldPopulated(log, Set.of("indirect_partner_account_name", "indirect_partner_name", "remark"));
        ListCouponQuotasRecordsResponse adjusts = sdk.call(BssMeta.listCouponQuotasRecords,
                BssClient::listCouponQuotasRecords, new ListCouponQuotasRecordsRequest().withQuotaId(child)
                        .withIndirectPartnerId(reseller).withOperationType("INDIRECT_ADJUST"), token);
        assertThat(adjusts.getRecords()).extracting(QuotaRecord::getAmount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("100.00"));
        assertRequestFieldsTaken(BssMeta.listCouponQuotasRecords, Set.of());
    }
}
