package com.acmecloud.partnercenter.customer.deals;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.as;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.repository.SubCustomerRepository;
import com.acmecloud.partnercenter.platform.api.devoutbox.DevOutbox;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Deal registrations, the public pool and invitations as a test drives them. */
public final class DealsTestApi {

    private DealsTestApi() {
    }

    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    public static ValidatableResponse register(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/deal-registrations").then();
    }

    /** A registration of a person without an account, by mobile phone; returns the registration id. */
    public static String registerMobile(String partnerId, String mobile) {
        return register(partnerId, body("mobile_phone", mobile, "company_name", "Prospect Ltd")).statusCode(200)
                .extract().path("registration_id");
    }

    public static String registerAccount(String partnerId, String customerId) {
        return register(partnerId, body("customer_id", customerId)).statusCode(200).extract().path("registration_id");
    }

    public static ValidatableResponse queryRegistrations(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/deal-registrations/query").then();
    }

    /** The registration's status as its partner sees it. */
    public static String statusOf(String partnerId, String registrationId) {
        return queryRegistrations(partnerId, body("registration_id", registrationId)).statusCode(200)
                .extract().path("deal_registrations[0].status");
    }

    public static ValidatableResponse withdraw(String partnerId, String registrationId) {
        return as(Tokens.partner(partnerId)).post("/v2/partners/deal-registrations/" + registrationId + "/withdraw")
                .then();
    }

    public static ValidatableResponse invite(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/invitations").then();
    }

    /** Issues an invitation and returns its code. */
    public static String inviteCode(String partnerId, String registrationId, String channel, int associationType) {
        Map<String, Object> request = body("registration_id", registrationId, "channel", channel,
                "association_type", String.valueOf(associationType));
        if ("ONLINE".equals(channel)) {
            request.put("email", newEmail());
        }
        return invite(partnerId, request).statusCode(200).extract().path("invitation_code");
    }

    public static ValidatableResponse preview(String token, String code) {
        return as(token).get("/v2/customers/invitations/" + code).then();
    }

    public static ValidatableResponse accept(String token, String code, Map<String, Object> signUp) {
        var request = as(token);
        if (signUp != null) {
            request = request.body(signUp);
        }
        return request.post("/v2/customers/invitations/" + code + "/accept").then();
    }

    public static ValidatableResponse sendSignUpCode(String token, String code, String field, String value) {
        return as(token).body(Map.of(field, value)).post("/v2/customers/invitations/" + code + "/verification-codes")
                .then();
    }

    /**
     * The sign-up body with its contacts proven (rule 21): for its mobile_phone and e-mail, the person requests a code
     * and the test reads it from the dev outbox, as the local stack does.
     */
    public static Map<String, Object> proven(String token, String code, Map<String, Object> signUp) {
        Map<String, Object> body = new HashMap<>(signUp);
        if (signUp.get("mobile_phone") instanceof String mobile) {
            sendSignUpCode(token, code, "mobile_phone", mobile).statusCode(204);
            body.put("verification_code", lastCode(mobile));
        }
        if (signUp.get("email") instanceof String email) {
            sendSignUpCode(token, code, "email", email).statusCode(204);
            body.put("email_verification_code", lastCode(email));
        }
        return body;
    }

    /** The code in the newest SMS or e-mail to {@code to} that carried one. */
    public static String lastCode(String to) {
        List<DevOutbox.Message> withCode = Arc.container().instance(DevOutbox.class).get().to(to).stream()
                .filter(message -> message.values().containsKey("code")).toList();
        if (withCode.isEmpty()) {
            throw new AssertionError("no code sent to " + to);
        }
        return withCode.get(withCode.size() - 1).values().get("code");
    }

    public static ValidatableResponse pool(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/public-pool/query").then();
    }

    public static String newEmail() {
        return "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "@example.com";
    }

    public static String newSubject() {
        return "person-" + UUID.randomUUID();
    }

    /**
     * A customer account as other flows leave it (partner-created, disassociated, signed up days ago), written
     * straight to the database: {@code partnerId} null for an account associated with no partner.
     */
    public static String account(String mobile, String email, String partnerId, Instant createdAt) {
        SubCustomerRepository customers = Arc.container().instance(SubCustomerRepository.class).get();
        SubCustomer customer = new SubCustomer();
        customer.customerId = UUID.randomUUID().toString().replace("-", "");
        customer.domainName = "acc_" + customer.customerId.substring(0, 20);
        customer.mobilePhone = mobile;
        customer.email = email;
        customer.origin = SubCustomer.Origin.SELF_SIGNUP;
        customer.ownerSubject = "owner-" + customer.customerId;
        customer.createdBy = "test";
        customer.createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
        if (partnerId != null) {
            customer.associate(partnerId, null, SubCustomer.RESALE, customer.createdAt);
        }
        Tx.run(() -> customers.persist(customer));
        return customer.customerId;
    }
}
