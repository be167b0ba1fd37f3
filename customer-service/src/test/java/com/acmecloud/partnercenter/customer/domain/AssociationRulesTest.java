package com.acmecloud.partnercenter.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rules 23 and 24, decided from the partner projection. */
class AssociationRulesTest {

    private final Map<String, PartnerProjection> rows = new HashMap<>();
    private final Function<String, PartnerProjection> partners =
            id -> rows.getOrDefault(id, PartnerProjection.unknown(id));

    private PartnerProjection partner(String id, PartnerStatus status, String program, String distributor) {
        PartnerProjection row = PartnerProjection.unknown(id);
        row.status = status;
        if (program != null) {
            row.join(program);
        }
        row.distributorId = distributor;
        rows.put(id, row);
        return row;
    }

    private String code(Runnable decision) {
        try {
            decision.run();
        } catch (CbcException e) {
            return e.error().code();
        }
        return "allowed";
    }

    @Test
    void anActivePartnerAssociatesItsOwnCustomers() {
        assertThat(AssociationRules.decide("p", null, partners)).isEqualTo(new AssociationRules.Decision("p", null));
    }

    @Test
    void rule23ADistributorCreatesOnlyForItsLinkedResellers() {
        partner("d", PartnerStatus.ACTIVE, "DISTRIBUTOR", null);
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        partner("other", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d2");
        assertThat(code(() -> AssociationRules.decide("d", null, partners))).isEqualTo("CBC.50010059");
        assertThat(AssociationRules.decide("d", "r", partners)).isEqualTo(new AssociationRules.Decision("r", "d"));
        assertThat(code(() -> AssociationRules.decide("d", "other", partners))).isEqualTo("CBC.99000037");
        assertThat(code(() -> AssociationRules.decide("d", "nobody", partners))).isEqualTo("CBC.99000037");
        assertThat(code(() -> AssociationRules.decide("r", "other", partners))).isEqualTo("CBC.99000037");
    }

    @Test
    void rule24RestrictedOrExitedPartnersAndTheirResellersCannotAssociate() {
        partner("restricted", PartnerStatus.RESTRICTED, null, null);
        partner("exited", PartnerStatus.EXITED, null, null);
        assertThat(code(() -> AssociationRules.decide("restricted", null, partners))).isEqualTo("CBC.50010085");
        assertThat(code(() -> AssociationRules.decide("exited", null, partners))).isEqualTo("CBC.91002005");

        partner("d", PartnerStatus.RESTRICTED, "DISTRIBUTOR", null);
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        assertThat(code(() -> AssociationRules.decide("r", null, partners))).isEqualTo("CBC.50010086");
        assertThat(code(() -> AssociationRules.decide("d", "r", partners))).isEqualTo("CBC.50010086");
        rows.get("d").status = PartnerStatus.EXITED;
        assertThat(code(() -> AssociationRules.decide("r", null, partners))).isEqualTo("CBC.50010065");
        rows.get("d").status = PartnerStatus.ACTIVE;
        assertThat(code(() -> AssociationRules.decide("r", null, partners))).isEqualTo("allowed");
        rows.get("r").status = PartnerStatus.RESTRICTED;
        assertThat(code(() -> AssociationRules.decide("d", "r", partners))).isEqualTo("CBC.50010085");
    }

    @Test
    void queriesAreScopedToTheCallerOrItsLinkedReseller() {
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        assertThat(AssociationRules.queryScope("p", null, partners)).isEqualTo("p");
        assertThat(AssociationRules.queryScope("d", "r", partners)).isEqualTo("r");
        assertThatThrownBy(() -> AssociationRules.queryScope("p", "r", partners)).isInstanceOf(CbcException.class);
    }
}
