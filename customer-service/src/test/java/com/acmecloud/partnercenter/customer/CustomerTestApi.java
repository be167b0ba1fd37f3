package com.acmecloud.partnercenter.customer;

import static io.restassured.RestAssured.given;

import com.acmecloud.partnercenter.customer.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.customer.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

/** The customer-service API and the partner.events it consumes, as a test sees them. */
public final class CustomerTestApi {

    private CustomerTestApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> customer(String... extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("xaccount_id", "erp-" + UUID.randomUUID());
        body.put("xaccount_type", PLATFORM);
        for (int i = 0; i < extra.length; i += 2) {
            body.put(extra[i], extra[i + 1]);
        }
        return body;
    }

    public static ValidatableResponse create(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/sub-customers").then();
    }

    public static ValidatableResponse query(String partnerId, Map<String, Object> body) {
        return as(Tokens.partner(partnerId)).body(body).post("/v2/partners/sub-customers/query").then();
    }

    public static ValidatableResponse sendCode(String partnerId, String mobile, Integer timeout) {
        Map<String, Object> body = new HashMap<>();
        body.put("receiver_type", 1);
        body.put("mobile_phone", mobile);
        if (timeout != null) {
            body.put("timeout", timeout);
        }
        return as(Tokens.partner(partnerId)).body(body).post("/v2/bases/verificationcode/send").then();
    }

    public static String newMobile() {
        return "0086-1" + (3_000_000_000L + ThreadLocalRandom.current().nextLong(6_999_999_999L));
    }

    // --- partner.events as partner-service writes them

    public static <T> CloudEvent partnerEvent(EventType<T> type, String subject, T data) {
        CloudEventCodec codec = Arc.container().instance(CloudEventCodec.class).get();
        return codec.envelope(type, "/partner-service", subject, data, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public static void publish(String key, CloudEvent event) {
        publishRaw(key, Arc.container().instance(CloudEventCodec.class).get().encode(event));
    }

    public static void publishRaw(String key, String value) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(PartnerEvents.TOPIC, key, value))
                .awaitCompletion();
    }

    public static void statusChanged(String partnerId, String status, String previous) {
        publish(partnerId, partnerEvent(PartnerEvents.PARTNER_STATUS_CHANGED, partnerId,
                new PartnerEvents.PartnerStatusChanged(partnerId, status, previous, "test", "operator-1", Instant.now())));
    }

    public static void joined(String partnerId, String program) {
        String applicationId = UUID.randomUUID().toString();
        publish(partnerId, partnerEvent(PartnerEvents.PROGRAM_JOINED, applicationId,
                new PartnerEvents.ProgramJoined(partnerId, applicationId, program,
                        "CLOUD_RESELLER".equals(program) ? 2 : 1, Instant.now())));
    }

    public static void linked(String distributorId, String resellerId) {
        publish(resellerId, partnerEvent(PartnerEvents.INDIRECT_PARTNER_LINKED, resellerId,
                new PartnerEvents.IndirectPartnerLinked(distributorId, resellerId, Instant.now(), "user-" + distributorId)));
    }

    public static void unlinked(String distributorId, String resellerId) {
        publish(resellerId, partnerEvent(PartnerEvents.INDIRECT_PARTNER_UNLINKED, resellerId,
                new PartnerEvents.IndirectPartnerUnlinked(distributorId, resellerId, Instant.now(), "operator-1")));
    }

    /**
     * The platform id (xaccount_type) test partners are assigned unless a test names another: the value of
     * {@link #customer}'s xaccount_type. partner-service never assigns one id to two partners; the tests share it
     * only because customer-service does not need it unique.
     */
    public static final String PLATFORM = "partner_platform";

    /** A new partner customer-service knows as registered (see {@link #register}), assigned {@link #PLATFORM}. */
    public static String registeredPartner() {
        return register(Tokens.newPartnerId(), PLATFORM);
    }

    /** A new registered partner assigned the given platform id (null: none assigned yet). */
    public static String registeredPartner(String xaccountType) {
        return register(Tokens.newPartnerId(), xaccountType);
    }

    /**
     * Puts the partner into customer-service's projection as registered, with the platform id, through the
     * projection method the partner.events consumer uses (partner.registered.v1 and access_configuration.changed.v1
     * applied, without waiting for the broker). Safe to repeat.
     */
    public static String register(String partnerId, String xaccountType) {
        PartnerProjectionService projections = Arc.container().instance(PartnerProjectionService.class).get();
        Tx.run(() -> projections.update(partnerId, row -> {
            row.registered = true;
            row.xaccountType = xaccountType;
        }));
        return partnerId;
    }

    /** The reseller accepted the distributor's link request, as partner-service publishes it. */
    public static void linkAccepted(String distributorId, String resellerId) {
        publish(resellerId, partnerEvent(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED, resellerId,
                new PartnerEvents.IndirectPartnerLinkAccepted(UUID.randomUUID().toString(), distributorId, resellerId,
                        "user-" + distributorId, "user-" + resellerId, Instant.now())));
    }

    /** The link ended ({@code side}: DISTRIBUTOR, RESELLER or OPERATOR), as partner-service publishes it. */
    public static void linkEnded(String distributorId, String resellerId, String side) {
        publish(resellerId, partnerEvent(PartnerEvents.INDIRECT_PARTNER_LINK_ENDED, resellerId,
                new PartnerEvents.IndirectPartnerLinkEnded(UUID.randomUUID().toString(), distributorId, resellerId,
                        side, "user-" + resellerId, Instant.now(), Instant.now())));
    }

    /** Waits until the projection of the partner satisfies the condition (the consumer is asynchronous). */
    public static PartnerProjection awaitProjection(String partnerId, Predicate<PartnerProjection> condition) {
        PartnerProjectionRepository repository = Arc.container().instance(PartnerProjectionRepository.class).get();
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> repository.findById(partnerId)),
                        row -> row != null && condition.test(row));
    }

    /**
     * A distributor (joined DISTRIBUTOR) with a cloud reseller linked to it (the reseller accepted its request), as
     * the projection sees them.
     */
    public static String[] distributorWithReseller() {
        String distributor = registeredPartner();
        String reseller = registeredPartner();
        joined(distributor, "DISTRIBUTOR");
        joined(reseller, "CLOUD_RESELLER");
        linkAccepted(distributor, reseller);
        awaitProjection(distributor, PartnerProjection::isDistributor);
        awaitProjection(reseller, p -> distributor.equals(p.distributorId));
        return new String[] {distributor, reseller};
    }

    // --- labels (PUT /v2/partners/sub-customers/{customer_id}/label)

    public static ValidatableResponse setLabel(String partnerId, String customerId, String label) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        return as(Tokens.partner(partnerId)).body(body).put("/v2/partners/sub-customers/{id}/label", customerId).then();
    }
}
