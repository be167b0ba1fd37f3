package com.acmecloud.partnercenter.billing.customers;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitPartner;
import static com.acmecloud.partnercenter.billing.BillingTestApi.disassociated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.event;
import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static com.acmecloud.partnercenter.billing.BillingTestApi.partnerRegistered;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publishRaw;
import static com.acmecloud.partnercenter.billing.BillingTestApi.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.billing.customers.domain.CustomerProjection;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountKind;
import com.acmecloud.partnercenter.billing.ledger.domain.AccountRef;
import com.acmecloud.partnercenter.billing.ledger.repository.AccountRepository;
import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.events.contracts.PartnerEvents;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * partner.events and customer.events in their producers' exact format, through the real broker: billing's
 * projections follow them, resale associations open customer accounts (published once), redelivery changes nothing,
 * poison goes to the DLQ without stopping the events behind it.
 */
@QuarkusTest
class CustomerEventsProjectionTest {

    @Inject
    AccountRepository accounts;

    @Test
    void partnerEventsRegisterPartnersAndTrackTheirStatusAndBusinessInformation() {
        String partner = Tokens.newPartnerId();
        CloudEvent registered = partnerRegistered(partner);
        publish(PartnerEvents.TOPIC, partner, registered);
        awaitPartner(partner, p -> p.registered);

        statusChanged(partner, "RESTRICTED", "ACTIVE");
        awaitPartner(partner, p -> p.status == PartnerStatus.RESTRICTED);
        publish(PartnerEvents.TOPIC, partner, event(PartnerEvents.BUSINESS_INFORMATION_CHANGED, "/partner-service",
                partner, new PartnerEvents.BusinessInformationChanged(partner, "VERIFIED", false, null, null,
                        Instant.now())));
        awaitPartner(partner, p -> "VERIFIED".equals(p.businessInfoStatus) && !p.payoutBlocked);
    }

    @Test
    void aResaleAssociationOpensTheCustomersAccountsOnceAndAReferralOneOpensNone() {
        String partner = Tokens.newPartnerId();
        String resale = newCustomerId();
        String referral = newCustomerId();
        CloudEvent association = associated(partner, resale, 2, null);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            publish(CustomerEvents.TOPIC, partner, association);
            publish(CustomerEvents.TOPIC, partner, association); // redelivered
            publish(CustomerEvents.TOPIC, partner, associated(partner, referral, 1, null));
            awaitCustomer(referral, c -> c.isReferral() && partner.equals(c.partnerId));
            CustomerProjection customer = awaitCustomer(resale, CustomerProjection::isResale);
            assertThat(customer.partnerId).isEqualTo(partner);
            assertThat(customer.minGracePeriodDays).as("rule 14: at least 1 day while resale").isEqualTo(1);

            assertThat(Tx.call(() -> accounts.read(List.of(
                    AccountRef.customer(resale, partner, AccountKind.ALLOCATED_BALANCE),
                    AccountRef.customer(resale, partner, AccountKind.DEBT))))).hasSize(2);
            assertThat(Tx.call(() -> accounts.read(List.of(
                    AccountRef.customer(referral, partner, AccountKind.ALLOCATED_BALANCE))))).isEmpty();

            var opened = billing.await(r -> r.value().contains(BillingEvents.CUSTOMER_ACCOUNT_OPENED.type())
                    && r.value().contains(resale), 1, Duration.ofSeconds(30));
            assertThat(opened.get(0).key()).isEqualTo(partner);
            assertThat(billing.received(r -> r.value().contains(BillingEvents.CUSTOMER_ACCOUNT_OPENED.type())
                    && r.value().contains(resale))).hasSize(1);
        }
    }

    @Test
    void aDisassociationFromAnEarlierPartnerDoesNotUndoTheNewAssociation() {
        String first = Tokens.newPartnerId();
        String second = Tokens.newPartnerId();
        String customer = newCustomerId();
        publish(CustomerEvents.TOPIC, first, associated(first, customer, 2, null));
        awaitCustomer(customer, c -> first.equals(c.partnerId));
        // the customer joins the second partner; the first partner's disassociation arrives afterwards
        publish(CustomerEvents.TOPIC, second, associated(second, customer, 1, null));
        awaitCustomer(customer, c -> second.equals(c.partnerId));
        publish(CustomerEvents.TOPIC, first, disassociated(first, customer, 2));
        String marker = newCustomerId();
        publish(CustomerEvents.TOPIC, first, associated(first, marker, 1, null));
        awaitCustomer(marker, c -> first.equals(c.partnerId));

        CustomerProjection after = awaitCustomer(customer, c -> true);
        assertThat(after.partnerId).isEqualTo(second);
        assertThat(after.associationType).isEqualTo(1);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheEventsBehindItAreApplied() {
        String partner = Tokens.newPartnerId();
        String customer = newCustomerId();
        try (TopicReader dlq = new TopicReader("customer.events.dlq")) {
            publishRaw(CustomerEvents.TOPIC, partner, "{not json");
            publish(CustomerEvents.TOPIC, partner, associated(partner, customer, 7, null)); // no such type
            publish(CustomerEvents.TOPIC, partner, associated(partner, customer, 2, null));
            awaitCustomer(customer, CustomerProjection::isResale);
            dlq.await(TopicReader.keyed(partner), 2, Duration.ofSeconds(30));
        }
    }
}
