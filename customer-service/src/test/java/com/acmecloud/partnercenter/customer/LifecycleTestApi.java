package com.acmecloud.partnercenter.customer;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The association lifecycle and freeze API as a test sees it. */
public final class LifecycleTestApi {

    public static final String PARTNER_PATH = "/v2/partners/sub-customers";

    private LifecycleTestApi() {
    }

    public static String resaleCustomer(String partner) {
        return create(partner, customer()).statusCode(200).extract().path("domain_id");
    }

    public static String referralCustomer(String partner) {
        return create(partner, customer("cooperation_type", "1")).statusCode(200).extract().path("domain_id");
    }

    public static ValidatableResponse requestSwitch(String partner, String customerId, String type) {
        return as(Tokens.partner(partner)).body(Map.of("association_type", type))
                .post(PARTNER_PATH + "/{id}/association-type-changes", customerId).then();
    }

    public static String requestSwitchOk(String partner, String customerId, String type) {
        return requestSwitch(partner, customerId, type).statusCode(200).extract().path("request_id");
    }

    public static ValidatableResponse cancel(String partner, String customerId, String requestId) {
        return as(Tokens.partner(partner)).body(Map.of())
                .post(PARTNER_PATH + "/{id}/association-type-changes/{request}/cancel", customerId, requestId).then();
    }

    public static ValidatableResponse typeChanges(String partner, Map<String, ?> query) {
        return as(Tokens.partner(partner)).queryParams(query).get(PARTNER_PATH + "/association-type-changes").then();
    }

    public static ValidatableResponse disassociate(String partner, String customerId) {
        return as(Tokens.partner(partner)).body(Map.of("reason", "contract ended"))
                .post(PARTNER_PATH + "/{id}/disassociate", customerId).then();
    }

    public static ValidatableResponse confirm(String customerId, String requestId) {
        return as(Tokens.customer(customerId))
                .post("/v2/customers/association-type-changes/{request}/confirm", requestId).then();
    }

    public static ValidatableResponse reject(String customerId, String requestId) {
        return as(Tokens.customer(customerId))
                .post("/v2/customers/association-type-changes/{request}/reject", requestId).then();
    }

    public static ValidatableResponse leave(String customerId) {
        return as(Tokens.customer(customerId)).body(Map.of("reason", "moving on"))
                .post("/v2/customers/association/disassociate").then();
    }

    public static ValidatableResponse myAssociation(String customerId) {
        return as(Tokens.customer(customerId)).get("/v2/customers/association").then();
    }

    public static ValidatableResponse freeze(String partner, String type, String... customerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer_ids", List.of(customerIds));
        body.put("reason", "arrears");
        if (type != null) {
            body.put("freeze_type", type);
        }
        return as(Tokens.partner(partner)).body(body).post(PARTNER_PATH + "/freeze").then();
    }

    public static ValidatableResponse unfreeze(String partner, String type, String... customerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("customer_ids", List.of(customerIds));
        body.put("reason", "paid");
        if (type != null) {
            body.put("unfreeze_type", type);
        }
        return as(Tokens.partner(partner)).body(body).post(PARTNER_PATH + "/unfreeze").then();
    }

    /** What an invitation (another feature) does: associates a customer that has no partner with {@code partner}. */
    public static void reassociate(String customerId, String partner, Instant at) {
        SubCustomerRepository customers = Arc.container().instance(SubCustomerRepository.class).get();
        AssociationHistoryRepository history = Arc.container().instance(AssociationHistoryRepository.class).get();
        Tx.run(() -> customers.lock(customerId).chain(customer -> {
            customer.associate(partner, null, SubCustomer.RESALE, at.truncatedTo(ChronoUnit.SECONDS));
            return history.persist(AssociationHistory.of(customer, partner, AssociationHistory.Action.ASSOCIATED, null,
                    AssociationHistory.Initiator.CUSTOMER, "customer-" + customerId, at));
        }));
    }

    public static List<AssociationHistory> historyOf(String customerId) {
        AssociationHistoryRepository history = Arc.container().instance(AssociationHistoryRepository.class).get();
        return Tx.call(() -> history.ofCustomer(customerId));
    }
}
