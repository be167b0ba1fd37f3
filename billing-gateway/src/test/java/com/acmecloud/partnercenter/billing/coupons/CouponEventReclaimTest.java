package com.acmecloud.partnercenter.billing.coupons;

import static com.acmecloud.partnercenter.billing.BillingTestApi.associatedCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.awaitCustomer;
import static com.acmecloud.partnercenter.billing.BillingTestApi.disassociated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.newCustomerId;
import static com.acmecloud.partnercenter.billing.BillingTestApi.associated;
import static com.acmecloud.partnercenter.billing.BillingTestApi.publish;
import static com.acmecloud.partnercenter.billing.BillingTestApi.registeredPartner;
import static com.acmecloud.partnercenter.billing.BillingTestApi.typeChanged;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.grant;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.issueOne;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.quotaBalance;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.reclaim;
import static com.acmecloud.partnercenter.billing.coupons.CouponTestApi.records;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.platform.events.contracts.BillingEvents;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import com.acmecloud.partnercenter.platform.test.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rule 47 types 3 and 8 through the real broker: a disassociation or an association type switch in customer.events
 * reclaims the partner's coupons of that customer exactly once; a redelivered event changes nothing.
 */
@QuarkusTest
class CouponEventReclaimTest {

    @Test
    void aDisassociationReclaimsThePartnersCouponsOfTheCustomerOnce() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String other = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String first = issueOne(partner, quotaId, customer, "100.00");
        String second = issueOne(partner, quotaId, customer, "50.00");
        String spent = issueOne(partner, quotaId, customer, "20.00");
        reclaim(partner, spent); // already reclaimed by hand: not again
        String untouched = issueOne(partner, quotaId, other, "30.00");
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("820.00");

        CloudEvent event = disassociated(partner, customer, 2);
        try (TopicReader billing = new TopicReader(BillingEvents.TOPIC)) {
            publish(CustomerEvents.TOPIC, partner, event);
            publish(CustomerEvents.TOPIC, partner, event); // redelivered
            awaitCustomer(customer, c -> c.partnerId == null);
            billing.await(r -> r.value().contains(BillingEvents.COUPON_RECLAIMED.type())
                    && r.value().contains(event.id()), 2, Duration.ofSeconds(30));
            // a later event of the same partition shows the redelivery has been handled
            String marker = newCustomerId();
            publish(CustomerEvents.TOPIC, partner, associated(partner, marker, 1, null));
            awaitCustomer(marker, c -> partner.equals(c.partnerId));

            assertThat(records(first, 3)).isEqualTo(1);
            assertThat(records(second, 3)).isEqualTo(1);
            assertThat(records(spent, 3)).isZero();
            assertThat(records(untouched, 3)).isZero();
            assertThat(quotaBalance(quotaId)).as("initial - issued + reclaimed").isEqualByComparingTo("970.00");
            assertThat(billing.received(r -> r.value().contains(BillingEvents.COUPON_RECLAIMED.type())
                    && r.value().contains(event.id()))).hasSize(2);
        }
    }

    @Test
    void anAssociationTypeSwitchReclaimsWithOperationType8() {
        String partner = registeredPartner();
        String customer = associatedCustomer(partner, 2);
        String quotaId = grant(partner);
        String couponId = issueOne(partner, quotaId, customer, "40.00");

        publish(CustomerEvents.TOPIC, partner, typeChanged(partner, customer, 2, 1));
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> records(couponId, 8) == 1);
        assertThat(quotaBalance(quotaId)).isEqualByComparingTo("1000.00");
    }
}
