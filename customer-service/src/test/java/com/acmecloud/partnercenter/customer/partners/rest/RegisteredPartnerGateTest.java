package com.acmecloud.partnercenter.customer.partners.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.PLATFORM;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.awaitProjection;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.joined;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.newMobile;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.partnerEvent;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.publish;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.query;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.register;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.sendCode;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.statusChanged;
import static com.acmecloud.partnercenter.platform.test.CbcAssertions.assertCbcError;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.acmecloud.partnercenter.customer.RecordingSmsGateway;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * customer-service serves only partners whose registration partner.events has brought it: every operation open to
 * the partner role refuses anyone else with 403 CBC.5001 before doing anything, and serves the partner once its
 * partner.registered.v1 has been projected.
 */
@QuarkusTest
class RegisteredPartnerGateTest {

    /** Every operation open to the partner role; a new one is found here from the OpenAPI document. */
    private static final int PARTNER_OPERATIONS = 24;

    @Inject
    RecordingSmsGateway sms;

    @Inject
    DealRegistrationRepository registrations;

    @Inject
    SubCustomerRepository customers;

    /** The partner operations as the served OpenAPI document lists them: method and path, with the role in security. */
    private static List<String[]> partnerOperations() {
        Map<String, Map<String, Map<String, Object>>> paths =
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String[]> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            Object security = operation.get("security");
            if (security != null && security.toString().contains("partner")) {
                operations.add(new String[] {method, path});
            }
        }));
        return operations;
    }

    private static Response call(String token, String method, String path) {
        String concrete = path.replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
        var request = as(token).queryParam("customer_id", "c1");
        return switch (method) {
            case "get" -> request.get(concrete);
            case "put" -> request.body(Map.of()).put(concrete);
            default -> request.body(Map.of()).post(concrete);
        };
    }

    @Test
    void everyPartnerOperationRefusesAPartnerCustomerServiceDoesNotKnowAndDocumentsIt() {
        String stranger = Tokens.newPartnerId(); // never registered: no row in partner_projection
        List<String[]> operations = partnerOperations();
        assertThat(operations).as("partner operations in /q/openapi").hasSize(PARTNER_OPERATIONS);
        for (String[] operation : operations) {
            String what = operation[0].toUpperCase() + " " + operation[1] + " by an unknown partner";
            Response refused = call(Tokens.partner(stranger), operation[0], operation[1]);
            assertCbcError(what, refused, 403, "CBC.5001");
            assertThat(refused.jsonPath().getString("error_msg")).as(what)
                    .isEqualTo("The caller is not a registered partner here. A partner that registered moments ago is "
                            + "not known yet: retry shortly.");
            given().queryParam("format", "json").get("/q/openapi").then()
                    .body("paths.'" + operation[1] + "'." + operation[0] + ".responses.'403'.content."
                            + "'application/json'.examples.'CBC.5001'.value.error_code", equalTo("CBC.5001"));
        }
    }

    @Test
    void anUnknownPartnerGetsNoSmsNoDealRegistrationAndNoCustomer() {
        String stranger = Tokens.newPartnerId();
        String mobile = newMobile();

        assertCbcError("SMS code", sendCode(stranger, mobile, null).extract().response(), 403, "CBC.5001");
        assertCbcError("deal registration", as(Tokens.partner(stranger))
                .body(Map.of("mobile_phone", mobile, "company_name", "Squatter Ltd"))
                .post("/v2/partners/deal-registrations").then().extract().response(), 403, "CBC.5001");
        assertCbcError("create", create(stranger, customer()).extract().response(), 403, "CBC.5001");
        assertCbcError("query", query(stranger, Map.of()).extract().response(), 403, "CBC.5001");

        assertThat(sms.textsTo(mobile)).isEmpty();
        assertThat(Tx.call(() -> registrations.count("partnerId", stranger))).isZero();
        assertThat(Tx.call(() -> customers.count("partnerId", stranger))).isZero();
        // the number stays free for a real partner
        String partner = registeredPartner();
        as(Tokens.partner(partner)).body(Map.of("mobile_phone", mobile, "company_name", "Real Prospect Ltd"))
                .post("/v2/partners/deal-registrations").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aPartnerOtherEventsNamedButWhoseRegistrationHasNotArrivedIsRefusedUntilItDoes() {
        String partner = Tokens.newPartnerId();
        // a program.joined before the registration (another partition key order, or a lagging consumer): a row
        // exists, but not as registered
        joined(partner, "SOLUTION_PROVIDER");
        awaitProjection(partner, p -> p.programs().contains("SOLUTION_PROVIDER"));
        assertCbcError("before partner.registered", query(partner, Map.of()).extract().response(), 403, "CBC.5001");

        publish(partner, partnerEvent(PartnerEvents.PARTNER_REGISTERED, partner,
                new PartnerEvents.PartnerRegistered(partner, "Just Registered Co., Ltd.", "CN", "x-" + partner,
                        Instant.now())));
        // what the README promises: a retry after a moment succeeds
        Awaitility.await("partner " + partner + " known").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> query(partner, Map.of()).extract().statusCode() == 200);
        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
        PartnerProjection row = awaitProjection(partner, p -> p.registered);
        assertThat(row.status).isEqualTo(PartnerStatus.ACTIVE);
    }

    @Test
    void aRestrictedPartnerIsKnownItStillQueriesButCannotAssociateRule24() {
        String partner = registeredPartner();
        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitProjection(partner, p -> p.status == PartnerStatus.RESTRICTED);

        query(partner, Map.of()).statusCode(200).body("count", equalTo(0));
        assertCbcError("create while restricted", create(partner, customer()).extract().response(), 400,
                "CBC.50010085");
    }

    @Test
    void callersThatAreNotPartnersAreLeftToTheRoleCheckAndTheTokenCheck() {
        // a customer token on a partner operation: the role check answers, not the partner gate
        assertCbcError("customer token", as(Tokens.customer("c-" + UUID.randomUUID())).body(Map.of())
                .post("/v2/partners/sub-customers/query").then().extract().response(), 403, "CBC.0151");
        // a partner-role token that names no partner: the resource answers CBC.91001003
        assertCbcError("partner token without partner_id", as(Tokens.partnerWithoutPartnerId()).body(Map.of())
                .post("/v2/partners/sub-customers/query").then().extract().response(), 403, "CBC.91001003");
        // re-registering a known partner changes nothing for it
        String partner = register(registeredPartner(), PLATFORM);
        query(partner, Map.of()).statusCode(200);
    }
}
