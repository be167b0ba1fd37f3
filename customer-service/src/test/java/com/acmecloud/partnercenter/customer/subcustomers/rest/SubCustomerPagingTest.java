package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** offset/limit pages of the query: oldest association first, ties by customer id, no overlap, no gap. */
@QuarkusTest
class SubCustomerPagingTest {

    @Test
    void pagesFollowOneAnotherInAssociationOrder() {
        String partner = registeredPartner();
        for (int i = 0; i < 7; i++) {
            create(partner, customer()).statusCode(200);
        }
        List<Map<String, Object>> all = query(partner, Map.of("limit", 100)).statusCode(200)
                .body("count", equalTo(7)).extract().path("customer_infos");
        assertThat(all).isSortedAccordingTo(Comparator
                .comparing((Map<String, Object> c) -> (String) c.get("associated_on"))
                .thenComparing(c -> (String) c.get("customer_id")));

        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            List<Object> page = query(partner, Map.of("offset", offset, "limit", 3)).statusCode(200)
                    .body("count", equalTo(7)).extract().path("customer_infos.customer_id");
            paged.addAll(page);
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(c -> c.get("customer_id")).toList());
        query(partner, Map.of("offset", 7, "limit", 3)).statusCode(200)
                .body("count", equalTo(7)).body("customer_infos.size()", equalTo(0));
    }
}
