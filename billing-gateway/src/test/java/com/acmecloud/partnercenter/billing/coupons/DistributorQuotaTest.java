package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.distributorWithReseller;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issue;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueBody;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quotaBalance;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Distributor -> reseller: a distributor gives part of its quota to its linked cloud resellers (rule 47 type 9), lists
 * what it gave, issues for a reseller with indirect_partner_id, and takes back what the reseller has not issued.
 */
@QuarkusTest
class DistributorQuotaTest {

    @Test
    void aDistributorGivesQuotaToItsResellerAndTakesBackWhatIsNotIssued() {
        String[] pair = distributorWithReseller();
        String distributor = pair[0];
        String reseller = pair[1];
        String stranger = registeredPartner();
        String customer = associatedCustomer(reseller, 2);
        String parent = grant(distributor);

        Response given = adjust(distributor, parent, List.of(reseller, stranger), 300);
        assertThat(given.statusCode()).as(given.asString()).isEqualTo(200);
        assertThat((List<String>) given.path("simple_quota_infos.id")).containsExactly(reseller);
        assertThat((List<String>) given.path("error_details.id")).containsExactly(stranger);
        assertThat((List<String>) given.path("error_details.error_code")).containsExactly("CBC.99000037");
        String child = given.path("simple_quota_infos[0].quota_id");
        assertThat(quotaBalance(parent)).isEqualByComparingTo("700.00");
        // a second transfer adds to the same reseller quota
        assertThat((String) adjust(distributor, parent, List.of(reseller), 100).path("simple_quota_infos[0].quota_id"))
                .isEqualTo(child);
        assertThat(quotaBalance(child)).isEqualByComparingTo("400.00");
        Response tooMuch = adjust(distributor, parent, List.of(reseller), 700);
        assertThat((List<String>) tooMuch.path("error_details.error_code")).containsExactly("CBC.99000013");

        Response issued = given().auth().oauth2(Tokens.partner(distributor))
                .get("/v2/partners/issued-coupon-quotas?indirect_partner_id=" + reseller);
        assertThat((List<String>) issued.path("quotas.quota_id")).containsExactly(child);
        assertThat((List<String>) issued.path("quotas.parent_quota_id")).containsExactly(parent);
        Response theirs = given().auth().oauth2(Tokens.partner(reseller)).contentType(ContentType.JSON)
                .body(Map.of()).post("/v2/partners/coupon-quotas/query");
        assertThat((List<String>) theirs.path("quotas.quota_id")).containsExactly(child);

        // the reseller issues from it; the distributor may issue for it with indirect_partner_id
        assertThat((List<String>) issue(reseller, issueBody(child, List.of(customer), "50.00"))
                .path("coupon_infos.id")).containsExactly(customer);
        Map<String, Object> forReseller = new HashMap<>(issueBody(child, List.of(customer), "50.00"));
        forReseller.put("indirect_partner_id", reseller);
        assertThat((List<String>) issue(distributor, forReseller).path("coupon_infos.id")).containsExactly(customer);
        assertCbcError("the distributor's own quota is not the reseller's", issue(distributor,
                withIndirect(issueBody(parent, List.of(customer), "50.00"), reseller)), 400, "CBC.99000012");
        assertThat(quotaBalance(child)).isEqualByComparingTo("300.00");

        Response back = given().auth().oauth2(Tokens.partner(distributor)).contentType(ContentType.JSON)
                .body(Map.of("quota_ids", List.of(child, parent), "remark", "season over"))
                .post("/v2/partners/coupon-quotas/indirect-partner-reclaim");
        assertThat(back.statusCode()).as(back.asString()).isEqualTo(200);
        assertThat((List<String>) back.path("simple_quota_infos.quota_id")).containsExactly(child);
        assertThat(back.jsonPath().getDouble("simple_quota_infos[0].quota_balance")).isEqualTo(300.00);
        assertThat((List<String>) back.path("error_details.id")).as("its own quota was not given").containsExactly(parent);
        assertThat(quotaBalance(child)).isEqualByComparingTo("0.00");
        assertThat(quotaBalance(parent)).isEqualByComparingTo("900.00");

        Response log = given().auth().oauth2(Tokens.partner(distributor))
                .get("/v2/partners/coupon-quotas/records?indirect_partner_id=" + reseller);
        assertThat((List<String>) log.path("records.operation_type"))
                .containsExactly("INDIRECT_RECLAIM", "INDIRECT_ADJUST", "INDIRECT_ADJUST");
        Response transfers = given().auth().oauth2(Tokens.partner(distributor))
                .get("/v2/promotions/benefits/partner-coupons/records/query?operation_types=9");
        assertThat((Integer) transfers.path("total_count")).as("rule 47: type 9 reseller transfer").isEqualTo(3);
        // the reseller cannot take quota back from itself, nor give its distributor's quota away
        Response resellerTakes = given().auth().oauth2(Tokens.partner(reseller)).contentType(ContentType.JSON)
                .body(Map.of("quota_ids", List.of(child))).post("/v2/partners/coupon-quotas/indirect-partner-reclaim");
        assertThat((List<String>) resellerTakes.path("error_details.error_code")).containsExactly("CBC.99000012");
    }

    static Response adjust(String distributor, String quotaId, List<String> resellers, int amount) {
        return given().auth().oauth2(Tokens.partner(distributor)).contentType(ContentType.JSON)
                .body(Map.of("quota_id", quotaId, "indirect_partner_ids", resellers, "quota_amount", amount))
                .post("/v2/partners/coupon-quotas/indirect-partner-adjust");
    }

    static Map<String, Object> withIndirect(Map<String, Object> body, String reseller) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("indirect_partner_id", reseller);
        return copy;
    }
}
