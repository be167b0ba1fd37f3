package com.acmecloud.partnercenter.suite;

import com.acmecloud.partnercenter.platform.test.Tokens;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** customer-service's API as partners call it (see customer-service/README.md). */
final class CustomerServiceApi {

    private final ServiceProcess service;

    CustomerServiceApi(ServiceProcess service) {
        this.service = service;
    }

    /** POST /v2/partners/sub-customers with the least a partner ERP sends: its own account id and type. */
    Response createSubCustomer(String partnerId) {
        return service.as(Tokens.partner(partnerId))
                .body(Map.of("xaccount_id", "erp-" + UUID.randomUUID(), "xaccount_type", "partner_platform"))
                .post("/v2/partners/sub-customers");
    }
}
