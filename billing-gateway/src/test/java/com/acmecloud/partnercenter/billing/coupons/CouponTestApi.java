package com.acmecloud.partnercenter.billing.coupons;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Coupon test data through the API: operators grant quotas, partners issue and reclaim coupons. */
public final class CouponTestApi {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private CouponTestApi() {
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /** A quota body: 1000.00 voucher quota, face values 1.00 to 500.00, effective since yesterday for a year. */
    static Map<String, Object> quota(String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("partner_id", partnerId);
        body.put("quota_type", 0);
        body.put("quota_value", new BigDecimal("1000.00"));
        body.put("min_face_value", new BigDecimal("1.00"));
        body.put("max_face_value", new BigDecimal("500.00"));
        body.put("effective_time", utc(Instant.now().minus(1, ChronoUnit.DAYS)));
        body.put("expire_time", utc(Instant.now().plus(365, ChronoUnit.DAYS)));
        return body;
    }

    static Response grantResponse(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/v2/partners/coupon-quotas");
    }

    /** Grants the quota and returns its id. */
    static String grant(Map<String, Object> body) {
        Response response = grantResponse(body);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return response.path("quota_id");
    }

    static String grant(String partnerId) {
        return grant(quota(partnerId));
    }

    static Map<String, Object> issueBody(String quotaId, List<String> customerIds, String faceValue) {
        Map<String, Object> body = new HashMap<>();
        body.put("quota_id", quotaId);
        body.put("customer_ids", customerIds);
        body.put("face_value", new BigDecimal(faceValue));
        return body;
    }

    static Response issue(String partnerId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON).body(body)
                .post("/v2/promotions/benefits/partner-coupons");
    }

    /** Issues one coupon to the customer and returns its id (the issue must succeed). */
    static String issueOne(String partnerId, String quotaId, String customerId, String faceValue) {
        Response response = issue(partnerId, issueBody(quotaId, List.of(customerId), faceValue));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<String> ids = response.path("coupon_infos.coupon_id");
        assertThat(ids).as(response.asString()).hasSize(1);
        return ids.get(0);
    }

    static Response reclaim(String partnerId, String couponId) {
        return given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON)
                .body(Map.of("coupon_id", couponId)).post("/v2/promotions/benefits/partner-coupons/reclaim");
    }

    static Response queryQuotas(String partnerId, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON).body(body)
                .post("/v2/partners/coupon-quotas/query");
    }

    /** The quota's balance as the database holds it. */
    static BigDecimal quotaBalance(String quotaId) {
        return Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT balance FROM coupon_quota WHERE quota_id = :id")
                .setParameter("id", quotaId).getSingleResult()
                .map(value -> new BigDecimal(value.toString()))));
    }

    /** How many coupon log lines of the operation type name the coupon. */
    static long records(String couponId, int operationType) {
        return Tx.call(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT COUNT(*) FROM coupon_record WHERE coupon_id = :id AND operation_type = :t")
                .setParameter("id", couponId).setParameter("t", operationType).getSingleResult()
                .map(value -> ((Number) value).longValue())));
    }
}
