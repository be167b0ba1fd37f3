package com.acmecloud.partnercenter.customer.subcustomers.rest;

import static com.acmecloud.partnercenter.customer.CustomerTestApi.create;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.customer;
import static com.acmecloud.partnercenter.customer.CustomerTestApi.registeredPartner;
import static org.assertj.core.api.Assertions.assertThat;

import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Action;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory.Initiator;
import com.acmecloud.partnercenter.customer.associations.domain.AssociationHistory;
import com.acmecloud.partnercenter.customer.associations.repository.AssociationHistoryRepository;
import com.acmecloud.partnercenter.platform.test.Tx;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every association change is kept in the append-only history that rule 27 counts. */
@QuarkusTest
class AssociationHistoryTest {

    @Inject
    AssociationHistoryRepository history;

    @Test
    void creatingACustomerRecordsItsAssociationAsInitiatedByThePartner() {
        String partner = registeredPartner();
        String customerId = create(partner, customer()).statusCode(200).extract().path("domain_id");

        List<AssociationHistory> rows = Tx.call(() -> history.ofCustomer(customerId));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.partnerId).isEqualTo(partner);
            assertThat(row.action).isEqualTo(Action.ASSOCIATED);
            assertThat(row.associationType).isEqualTo((short) 2);
            assertThat(row.previousType).isNull();
            assertThat(row.initiatedBy).isEqualTo(Initiator.PARTNER);
            assertThat(row.actor).isEqualTo("user-" + partner);
        });
    }

    @Test
    void aRefusedCreationRecordsNoHistory() {
        String partner = registeredPartner();
        String xaccount = "erp-dup-" + partner;
        String first = create(partner, customer("xaccount_id", xaccount)).statusCode(200).extract().path("domain_id");
        create(partner, customer("xaccount_id", xaccount)).statusCode(400);

        long rows = Tx.call(() -> history.count("partnerId", partner));

        assertThat(rows).isEqualTo(1);
        assertThat(Tx.call(() -> history.ofCustomer(first))).hasSize(1);
    }
}
