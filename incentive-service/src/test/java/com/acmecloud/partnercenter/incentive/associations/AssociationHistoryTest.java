package com.acmecloud.partnercenter.incentive.associations;

import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.associated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.disassociated;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.newCustomerId;
import static com.acmecloud.partnercenter.incentive.IncentiveTestApi.typeChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.incentive.associations.domain.AssociationPeriod;
import com.acmecloud.partnercenter.incentive.associations.repository.AssociationPeriodRepository;
import com.acmecloud.partnercenter.platform.test.Tokens;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The time-sliced association history from customer.events on the broker: who, in which mode, from when to when —
 * also when a customer's events arrive out of order because it moved between partners (two partitions).
 */
@QuarkusTest
class AssociationHistoryTest {

    @Inject
    AssociationPeriodRepository periods;

    private List<AssociationPeriod> awaitHistory(String customerId, Predicate<List<AssociationPeriod>> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Tx.call(() -> periods.history(customerId)), condition);
    }

    @Test
    void aSwitchEndsOneSliceAndStartsTheNextInTheNewMode() {
        String partner = Tokens.newPartnerId();
        String customer = newCustomerId();
        associated(partner, customer, 2, Instant.parse("2026-01-01T00:00:00Z"));
        typeChanged(partner, customer, 2, 1, Instant.parse("2026-02-01T00:00:00Z"));
        disassociated(partner, customer, 1, Instant.parse("2026-03-01T00:00:00Z"));
        List<AssociationPeriod> history = awaitHistory(customer, h -> h.size() == 2 && h.get(1).validTo != null);
        assertThat(history.get(0).associationType).isEqualTo(2);
        assertThat(history.get(0).validTo).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(history.get(1).associationType).isEqualTo(1);
        assertThat(history.get(1).validFrom).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(history.get(1).validTo).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void anOlderPartnersDisassociationArrivingLateEndsOnlyItsOwnSlice() {
        String first = Tokens.newPartnerId();
        String second = Tokens.newPartnerId();
        String customer = newCustomerId();
        associated(first, customer, 1, Instant.parse("2026-01-01T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 1);
        // the new partner's association overtakes the old partner's disassociation
        associated(second, customer, 2, Instant.parse("2026-01-20T00:00:00Z"));
        awaitHistory(customer, h -> h.size() == 2);
        disassociated(first, customer, 1, Instant.parse("2026-01-15T00:00:00Z"));
        List<AssociationPeriod> history = awaitHistory(customer,
                h -> Instant.parse("2026-01-15T00:00:00Z").equals(h.get(0).validTo));
        assertThat(history.get(0).partnerId).isEqualTo(first);
        assertThat(history.get(1).partnerId).isEqualTo(second);
        assertThat(history.get(1).validTo).isNull();
        assertThat(history.get(1).covers(Instant.parse("2026-01-17T00:00:00Z"))).isFalse();
        assertThat(history.get(0).covers(Instant.parse("2026-01-17T00:00:00Z"))).isFalse();
    }
}
