package com.acmecloud.partnercenter.billing;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.customers.repository.CustomerProjectionRepository;
import com.acmecloud.partnercenter.billing.partners.domain.PartnerProjection;
import com.acmecloud.partnercenter.billing.partners.repository.PartnerProjectionRepository;
import com.acmecloud.partnercenter.billing.partners.service.PartnerProjectionService;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.EventType;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.KafkaBrokerResource;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

/** Test data of billing-gateway: partner.events and customer.events as their producers write them. */
public final class BillingTestApi {

    private BillingTestApi() {
    }

    public static <T> CloudEvent event(EventType<T> type, String source, String subject, T data) {
        CloudEventCodec codec = Arc.container().instance(CloudEventCodec.class).get();
        return codec.envelope(type, source, subject, data, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public static void publish(String topic, String key, CloudEvent event) {
        publishRaw(topic, key, Arc.container().instance(CloudEventCodec.class).get().encode(event));
    }

    public static void publishRaw(String topic, String key, String value) {
        KafkaBrokerResource.companion().produceStrings()
                .fromRecords(new ProducerRecord<>(topic, key, value))
                .awaitCompletion();
    }

    // --- partner.events

    /** A new partner billing-gateway knows as registered (its partner.registered.v1 applied, without the broker). */
    public static String registeredPartner() {
        String partnerId = Tokens.newPartnerId();
        PartnerProjectionService projections = Arc.container().instance(PartnerProjectionService.class).get();
        Tx.run(() -> projections.update(partnerId, row -> row.registered = true));
        return partnerId;
    }

    public static CloudEvent partnerRegistered(String partnerId) {
        return event(PartnerEvents.PARTNER_REGISTERED, "/partner-service", partnerId,
                new PartnerEvents.PartnerRegistered(partnerId, "Company " + partnerId, "CN", null, Instant.now()));
    }

    public static void statusChanged(String partnerId, String status, String previous) {
        publish(PartnerEvents.TOPIC, partnerId, event(PartnerEvents.PARTNER_STATUS_CHANGED, "/partner-service",
                partnerId, new PartnerEvents.PartnerStatusChanged(partnerId, status, previous, "test", "operator-1",
                        Instant.now())));
    }

    public static void joined(String partnerId, String program) {
        String applicationId = UUID.randomUUID().toString();
        publish(PartnerEvents.TOPIC, partnerId, event(PartnerEvents.PROGRAM_JOINED, "/partner-service", applicationId,
                new PartnerEvents.ProgramJoined(partnerId, applicationId, program,
                        "CLOUD_RESELLER".equals(program) ? 2 : 1, Instant.now())));
    }

    public static void linkAccepted(String distributorId, String resellerId) {
        publish(PartnerEvents.TOPIC, resellerId, event(PartnerEvents.INDIRECT_PARTNER_LINK_ACCEPTED,
                "/partner-service", resellerId, new PartnerEvents.IndirectPartnerLinkAccepted(
                        UUID.randomUUID().toString(), distributorId, resellerId, "user-" + distributorId,
                        "user-" + resellerId, Instant.now())));
    }

    public static void linkEnded(String distributorId, String resellerId) {
        publish(PartnerEvents.TOPIC, resellerId, event(PartnerEvents.INDIRECT_PARTNER_LINK_ENDED, "/partner-service",
                resellerId, new PartnerEvents.IndirectPartnerLinkEnded(UUID.randomUUID().toString(), distributorId,
                        resellerId, "DISTRIBUTOR", "user-" + distributorId, Instant.now(), Instant.now())));
    }

    /** A registered distributor with a registered cloud reseller that accepted its link, as billing sees them. */
    public static String[] distributorWithReseller() {
        String distributor = registeredPartner();
        String reseller = registeredPartner();
        joined(distributor, "DISTRIBUTOR");
        linkAccepted(distributor, reseller);
        awaitPartner(distributor, PartnerProjection::isDistributor);
        awaitPartner(reseller, p -> distributor.equals(p.distributorId));
        return new String[] {distributor, reseller};
    }

    public static PartnerProjection awaitPartner(String partnerId, Predicate<PartnerProjection> condition) {
        PartnerProjectionRepository repository = Arc.container().instance(PartnerProjectionRepository.class).get();
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> repository.findById(partnerId)), row -> row != null && condition.test(row));
    }

    // --- customer.events

    public static String newCustomerId() {
        return "cust" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static CloudEvent associated(String partnerId, String customerId, int type, String distributorId) {
        return event(CustomerEvents.CUSTOMER_ASSOCIATED, "/customer-service", customerId,
                new CustomerEvents.CustomerAssociated(partnerId, customerId, type, distributorId, Instant.now()));
    }

    public static CloudEvent disassociated(String partnerId, String customerId, int type) {
        return event(CustomerEvents.CUSTOMER_DISASSOCIATED, "/customer-service", customerId,
                new CustomerEvents.CustomerDisassociated(partnerId, customerId, null, type, "PARTNER",
                        "user-" + partnerId, null, Instant.now(), type == 2, CustomerEvents.COUPON_UNBIND_RECLAIM));
    }

    public static CloudEvent typeChanged(String partnerId, String customerId, int from, int to) {
        return event(CustomerEvents.ASSOCIATION_TYPE_CHANGED, "/customer-service", customerId,
                new CustomerEvents.AssociationTypeChanged(partnerId, customerId, null, from, to,
                        UUID.randomUUID().toString(), "user-" + partnerId, "customer-" + customerId, Instant.now(),
                        "MODE_SWITCH_RECLAIM", CustomerEvents.COUPON_MODE_SWITCH_RECLAIM, from == 2, to == 2));
    }

    /** A customer associated with the partner in the given mode (1 referral, 2 resale), once billing applied it. */
    public static String associatedCustomer(String partnerId, int type) {
        String customerId = newCustomerId();
        publish(CustomerEvents.TOPIC, partnerId, associated(partnerId, customerId, type, null));
        awaitCustomer(customerId, c -> partnerId.equals(c.partnerId));
        return customerId;
    }

    public static CustomerProjection awaitCustomer(String customerId, Predicate<CustomerProjection> condition) {
        CustomerProjectionRepository repository = Arc.container().instance(CustomerProjectionRepository.class).get();
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> repository.findById(customerId)), row -> row != null && condition.test(row));
    }
}
