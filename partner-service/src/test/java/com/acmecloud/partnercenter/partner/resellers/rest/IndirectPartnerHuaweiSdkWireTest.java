package com.acmecloud.partnercenter.partner.resellers.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.partner.ProgramsTestApi;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.bss.v2.BssMeta;
import com.huaweicloud.sdk.bss.v2.model.IndirectPartnerInfo;
import com.huaweicloud.sdk.bss.v2.model.ListIndirectPartnersResponse;
import com.huaweicloud.sdk.bss.v2.model.QueryIndirectPartnersReq;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wire compatibility of Huawei's QueryIndirectPartners with the official Java SDK
 * ({@code com.huaweicloud.sdk:huaweicloud-sdk-bss}): the SDK's path and method ({@link BssMeta#listIndirectPartners}),
 * its request model serialised by its own {@link JsonUtils}, our answer read into its
 * {@link ListIndirectPartnersResponse} with every field round-tripping. Strictly: apart from our additive
 * {@code total_count}, an answer field the SDK model does not know fails.
 */
@QuarkusTest
class IndirectPartnerHuaweiSdkWireTest {

    private static final ObjectMapper STRICT = JsonUtils.getDefaultMapper().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void theSdkReadsOurAnswerIntoItsModel() throws Exception {
        String distributor = ProgramsTestApi.distributor();
        String reseller = ProgramsTestApi.reseller("Wire Reseller Ltd.");
        String other = ProgramsTestApi.reseller("Other Wire Reseller Ltd.");
        String associatedOn = ProgramsTestApi.link(distributor, reseller).statusCode(200).extract().path("closed_at");
        ProgramsTestApi.link(distributor, other).statusCode(200);

        var operation = BssMeta.listIndirectPartners;
        assertThat(operation.getUri()).isEqualTo("/v2/partners/indirect-partners/query");
        QueryIndirectPartnersReq query = new QueryIndirectPartnersReq().withIndirectPartnerId(reseller)
                .withAccountName("x-" + reseller).withAssociatedOnBegin("2020-01-01T00:00:00Z")
                .withAssociatedOnEnd("2099-12-31T23:59:59Z").withOffset(0).withLimit(10);
        Response raw = given().header("X-Auth-Token", Tokens.partner(distributor)).contentType(ContentType.JSON)
                .body(JsonUtils.toJSON(query))
                .request(operation.getMethod().name(), operation.getUri());
        assertThat(raw.statusCode()).as(raw.asString()).isEqualTo(200);

        // as the SDK reads it (its default mapper ignores fields it does not know)
        ListIndirectPartnersResponse answer = JsonUtils.getDefaultMapper()
                .readValue(raw.asString(), ListIndirectPartnersResponse.class);
        assertThat(answer.getCount()).isEqualTo(1);
        assertThat(answer.getIndirectPartners()).hasSize(1);
        IndirectPartnerInfo info = answer.getIndirectPartners().get(0);
        assertThat(info.getIndirectPartnerId()).isEqualTo(reseller);
        assertThat(info.getName()).isEqualTo("Wire Reseller Ltd.");
        assertThat(info.getAccountName()).isEqualTo("x-" + reseller);
        assertThat(info.getMobilePhone()).isEqualTo("+86-13800000000");
        assertThat(info.getEmail()).isEqualTo("ops-x-" + reseller + "@example.com");
        assertThat(info.getAssociatedOn()).isEqualTo(associatedOn).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(info.getAccountManagerId()).isNull();
        assertThat(info.getAccountManagerName()).isNull();

        // strictly: nothing but total_count (our additive paging field) is unknown to the SDK model
        ObjectNode tree = (ObjectNode) STRICT.readTree(raw.asString());
        assertThat(tree.remove("total_count").asInt()).isEqualTo(1);
        ListIndirectPartnersResponse strict = STRICT.treeToValue(tree, ListIndirectPartnersResponse.class);
        assertThat(strict.getIndirectPartners().get(0).getIndirectPartnerId()).isEqualTo(reseller);

        // and back: the SDK's model serialised again gives our fields and values
        @SuppressWarnings("unchecked")
        Map<String, Object> roundTrip = JsonUtils.getDefaultMapper().readValue(JsonUtils.toJSON(info), Map.class);
        Map<String, Object> ours = raw.jsonPath().getMap("indirect_partners[0]");
        ours.forEach((field, value) -> {
            if (value != null) {
                assertThat(roundTrip).containsEntry(field, value);
            }
        });

        // without filters the SDK sees both resellers and the count across pages
        Response all = given().header("X-Auth-Token", Tokens.partner(distributor)).contentType(ContentType.JSON)
                .body(JsonUtils.toJSON(new QueryIndirectPartnersReq().withLimit(1)))
                .request(operation.getMethod().name(), operation.getUri());
        ListIndirectPartnersResponse page = JsonUtils.getDefaultMapper()
                .readValue(all.asString(), ListIndirectPartnersResponse.class);
        assertThat(page.getCount()).isEqualTo(2);
        assertThat(page.getIndirectPartners()).hasSize(1);
    }
}
