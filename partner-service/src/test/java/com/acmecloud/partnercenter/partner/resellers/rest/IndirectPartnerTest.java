package com.acmecloud.partnercenter.partner.resellers.rest;

import static com.acmecloud.partnercenter.partner.PartnerTestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Distributors link cloud resellers (at most one distributor each) and query them the way Huawei's API does. Links
 * go through the reseller's acceptance ({@link ProgramsTestApi#link}: request, then accept); the consent flow itself
 * is in {@link IndirectPartnerConsentTest}.
 */
@QuarkusTest
class IndirectPartnerTest {

    @Test
    void aDistributorLinksAResellerAndFindsItWithHuaweisQuery() {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Contoso Reseller Ltd.");

        String associatedOn = ProgramsTestApi.link(distributor, reseller).statusCode(200)
                .body("indirect_partner_id", equalTo(reseller))
                .body("indirect_partner_name", equalTo("Contoso Reseller Ltd."))
                .body("status", equalTo("ACCEPTED"))
                .extract().path("closed_at");

        Map<String, Object> page = ProgramsTestApi.queryResellers(distributor, Map.of()).statusCode(200)
                .body("count", equalTo(1))
                .body("total_count", equalTo(1))
                .body("indirect_partners", hasSize(1))
                .extract().jsonPath().getMap("$");
        assertThat(page).containsOnlyKeys("count", "total_count", "indirect_partners");
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) page.get("indirect_partners")).get(0);
        assertThat(item).containsOnlyKeys("indirect_partner_id", "name", "account_name", "mobile_phone", "email",
                "associated_on", "account_manager_id", "account_manager_name");
        assertThat(item).containsEntry("indirect_partner_id", reseller)
                .containsEntry("name", "Contoso Reseller Ltd.")
                .containsEntry("account_name", "x-" + reseller)
                .containsEntry("mobile_phone", "+86-13800000000")
                .containsEntry("email", "ops-x-" + reseller + "@example.com")
                .containsEntry("associated_on", associatedOn)
                .containsEntry("account_manager_id", null)
                .containsEntry("account_manager_name", null);
    }

    @Test
    void aResellerHasAtMostOneDistributor() {
        String first = ProgramsTestApi.distributor();
        String second = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Contoso Reseller Ltd.");
        ProgramsTestApi.link(first, reseller).statusCode(200);

        ProgramsTestApi.requestLink(second, reseller).statusCode(400).body("error_code", equalTo("CBC.91002009"));
        ProgramsTestApi.requestLink(first, reseller).statusCode(400).body("error_code", equalTo("CBC.91002009"));
        // only the distributor it is linked to can unlink it
        as(Tokens.partner(second)).delete("/v2/partners/{id}/indirect-partners/{rid}", second, reseller)
                .then().statusCode(400).body("error_code", equalTo("CBC.99000037"));

        as(Tokens.partner(first)).delete("/v2/partners/{id}/indirect-partners/{rid}", first, reseller)
                .then().statusCode(204);
        ProgramsTestApi.queryResellers(first, Map.of()).body("count", equalTo(0));
        as(Tokens.partner(first)).delete("/v2/partners/{id}/indirect-partners/{rid}", first, reseller)
                .then().statusCode(400).body("error_code", equalTo("CBC.99000037"));

        ProgramsTestApi.link(second, reseller).statusCode(200);
        ProgramsTestApi.queryResellers(second, Map.of()).body("indirect_partners.indirect_partner_id", contains(reseller));
    }

    @Test
    void onlyADistributorLinks() {
        String notADistributor = ProgramsTestApi.verifiedPartner();
        String pendingDistributor = ProgramsTestApi.verifiedPartner();
        ProgramsTestApi.applied(pendingDistributor, "DISTRIBUTOR");
        String reseller = ProgramsTestApi.reseller("Contoso Reseller Ltd.");

        ProgramsTestApi.requestLink(notADistributor, reseller).statusCode(400).body("error_code", equalTo("CBC.91002007"));
        ProgramsTestApi.requestLink(pendingDistributor, reseller).statusCode(400).body("error_code", equalTo("CBC.91002007"));
        // and a partner that is not a distributor has no resellers to find
        ProgramsTestApi.queryResellers(notADistributor, Map.of()).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void onlyAnActiveCloudResellerCanBeLinked() {
        String distributor = ProgramsTestApi.distributor();
        String notAReseller = ProgramsTestApi.verifiedPartner();
        String otherDistributor = ProgramsTestApi.distributor();
        String restricted = ProgramsTestApi.reseller("Restricted Reseller Ltd.");
        ProgramsTestApi.setStatus(restricted, "RESTRICTED", "Compliance review").statusCode(200);

        for (String target : List.of(Tokens.newPartnerId(), notAReseller, otherDistributor, restricted, distributor)) {
            ProgramsTestApi.requestLink(distributor, target).statusCode(400)
                    .body("error_code", equalTo("CBC.91002008"))
                    .body("details[0].field", equalTo("indirect_partner_id"));
        }
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(0));
    }

    @Test
    void aRestrictedOrExitedDistributorCannotLinkButItsResellersCanBeFreed() {
        String distributor = ProgramsTestApi.distributor();
        String linked = ProgramsTestApi.reseller("Linked Reseller Ltd.");
        String another = ProgramsTestApi.reseller("Another Reseller Ltd.");
        ProgramsTestApi.link(distributor, linked).statusCode(200);

        ProgramsTestApi.setStatus(distributor, "RESTRICTED", "Compliance review").statusCode(200);
        ProgramsTestApi.requestLink(distributor, another).statusCode(400).body("error_code", equalTo("CBC.91002004"));

        ProgramsTestApi.setStatus(distributor, "EXITED", "Left the partner network").statusCode(200);
        ProgramsTestApi.requestLink(distributor, another).statusCode(400).body("error_code", equalTo("CBC.91002005"));
        // the link outlives the exit (customer-service refuses the reseller's associations: rule 24) until freed
        ProgramsTestApi.queryResellers(distributor, Map.of()).body("count", equalTo(1));
        as(Tokens.operator()).delete("/v2/partners/{id}/indirect-partners/{rid}", distributor, linked)
                .then().statusCode(204);
        ProgramsTestApi.link(ProgramsTestApi.distributor(), linked).statusCode(200);
    }

    @Test
    void theQueryFiltersAndPages() {
        String distributor = ProgramsTestApi.distributor();
        List<String> resellers = List.of(ProgramsTestApi.reseller("Reseller One Ltd."),
                ProgramsTestApi.reseller("Reseller Two Ltd."), ProgramsTestApi.reseller("Reseller Three Ltd."));
        resellers.forEach(r -> ProgramsTestApi.link(distributor, r).statusCode(200));
        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

        ProgramsTestApi.queryResellers(distributor, Map.of("limit", 2)).statusCode(200)
                .body("count", equalTo(3)).body("total_count", equalTo(3)).body("indirect_partners", hasSize(2));
        ProgramsTestApi.queryResellers(distributor, Map.of("offset", 2, "limit", 2)).statusCode(200)
                .body("count", equalTo(3)).body("indirect_partners", hasSize(1));
        ProgramsTestApi.queryResellers(distributor, Map.of("offset", 3)).statusCode(200)
                .body("count", equalTo(3)).body("indirect_partners", hasSize(0));

        ProgramsTestApi.queryResellers(distributor, Map.of("indirect_partner_id", resellers.get(1)))
                .body("count", equalTo(1)).body("indirect_partners[0].name", equalTo("Reseller Two Ltd."));
        ProgramsTestApi.queryResellers(distributor, Map.of("account_name", "x-" + resellers.get(2)))
                .body("count", equalTo(1)).body("indirect_partners[0].indirect_partner_id", equalTo(resellers.get(2)));
        ProgramsTestApi.queryResellers(distributor, Map.of("account_name", "nobody")).body("count", equalTo(0));

        ProgramsTestApi.queryResellers(distributor, Map.of("associated_on_begin", hourAgo, "associated_on_end", inAnHour))
                .body("count", equalTo(3));
        ProgramsTestApi.queryResellers(distributor, Map.of("associated_on_begin", inAnHour)).body("count", equalTo(0));
        ProgramsTestApi.queryResellers(distributor, Map.of("associated_on_end", hourAgo)).body("count", equalTo(0));

        // another distributor sees none of them, even when it names one
        ProgramsTestApi.queryResellers(ProgramsTestApi.distributor(), Map.of("indirect_partner_id", resellers.get(0)))
                .body("count", equalTo(0));
    }

    @Test
    void badPagingIsA400() {
        String distributor = ProgramsTestApi.distributor();
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("limit", 0), Map.of("limit", 101),
                Map.of("offset", -1), Map.of("associated_on_begin", "2026-01-01"),
                Map.of("associated_on_begin", "2026-02-30T00:00:00Z"),
                Map.of("associated_on_begin", "2026-03-01T00:00:00Z", "associated_on_end", "2026-02-01T00:00:00Z"))) {
            ProgramsTestApi.queryResellers(distributor, body).statusCode(400).body("error_code", equalTo("CBC.0100"));
        }
        ProgramsTestApi.queryResellers(distributor, Map.of("limit", "ten")).statusCode(400)
                .body("error_code", equalTo("CBC.0101")).body("details[0].field", equalTo("limit"));
    }

    @Test
    void theQueryIsForPartnerTokensNamingTheDistributor() {
        as(Tokens.operator()).body(Map.of()).post("/v2/partners/indirect-partners/query")
                .then().statusCode(403).body("error_code", equalTo("CBC.0151"));
        as(Tokens.partnerWithoutPartnerId()).body(Map.of()).post("/v2/partners/indirect-partners/query")
                .then().statusCode(403).body("error_code", equalTo("CBC.91001003"));
    }
}
