package com.acmecloud.partnercenter.customer.partners.domain;

import com.acmecloud.partnercenter.platform.events.partners.PartnerStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rules 20, 23, 24 and 63, decided from the partner projection. */
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

    /** Loads the partners the rule decides from, as the service does, then applies it. */
    private AssociationRules.Decision decide(String callerId, String indirectPartnerId) {
        PartnerProjection caller = partners.apply(callerId);
        PartnerProjection reseller = indirectPartnerId == null ? null : partners.apply(indirectPartnerId);
        PartnerProjection distributor = reseller == null && caller.distributorId != null
                ? partners.apply(caller.distributorId) : null;
        return AssociationRules.decide(caller, reseller, distributor);
    }

    private String queryScope(String callerId, String indirectPartnerId) {
        PartnerProjection reseller = indirectPartnerId == null ? null : partners.apply(indirectPartnerId);
        return AssociationRules.queryScope(callerId, reseller);
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
    void rule20OnlyThePlatformIdAssignedToTheCallerIsAccepted() {
        PartnerProjection caller = partner("p", PartnerStatus.ACTIVE, null, null);
        assertThat(code(() -> AssociationRules.requireOwnPlatform(caller, "platform_p"))).isEqualTo("CBC.0150");
        caller.xaccountType = "platform_p";
        assertThat(code(() -> AssociationRules.requireOwnPlatform(caller, "platform_p"))).isEqualTo("allowed");
        assertThat(code(() -> AssociationRules.requireOwnPlatform(caller, "platform_q"))).isEqualTo("CBC.0150");
        assertThat(code(() -> AssociationRules.requireOwnPlatform(caller, "PLATFORM_P"))).isEqualTo("CBC.0150");
    }

    @Test
    void anActivePartnerAssociatesItsOwnCustomers() {
        assertThat(decide("p", null)).isEqualTo(new AssociationRules.Decision("p", null));
    }

    @Test
    void rule23ADistributorCreatesOnlyForItsLinkedResellers() {
        partner("d", PartnerStatus.ACTIVE, "DISTRIBUTOR", null);
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        partner("other", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d2");
        assertThat(code(() -> decide("d", null))).isEqualTo("CBC.50010059");
        assertThat(decide("d", "r")).isEqualTo(new AssociationRules.Decision("r", "d"));
        assertThat(code(() -> decide("d", "other"))).isEqualTo("CBC.99000037");
        assertThat(code(() -> decide("d", "nobody"))).isEqualTo("CBC.99000037");
        assertThat(code(() -> decide("r", "other"))).isEqualTo("CBC.99000037");
    }

    @Test
    void rule24RestrictedOrExitedPartnersAndTheirResellersCannotAssociate() {
        partner("restricted", PartnerStatus.RESTRICTED, null, null);
        partner("exited", PartnerStatus.EXITED, null, null);
        assertThat(code(() -> decide("restricted", null))).isEqualTo("CBC.50010085");
        assertThat(code(() -> decide("exited", null))).isEqualTo("CBC.91002005");

        partner("d", PartnerStatus.RESTRICTED, "DISTRIBUTOR", null);
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        assertThat(code(() -> decide("r", null))).isEqualTo("CBC.50010086");
        assertThat(code(() -> decide("d", "r"))).isEqualTo("CBC.50010086");
        rows.get("d").status = PartnerStatus.EXITED;
        assertThat(code(() -> decide("r", null))).isEqualTo("CBC.50010065");
        rows.get("d").status = PartnerStatus.ACTIVE;
        assertThat(code(() -> decide("r", null))).isEqualTo("allowed");
        rows.get("r").status = PartnerStatus.RESTRICTED;
        assertThat(code(() -> decide("d", "r"))).isEqualTo("CBC.50010085");
    }

    @Test
    void rule63TestAccountsNeitherAssociateNorHaveCustomersAssociatedForThem() {
        partner("p", PartnerStatus.ACTIVE, null, null).testAccount = true;
        assertThat(code(() -> decide("p", null))).isEqualTo("CBC.99005035");
        partner("d", PartnerStatus.ACTIVE, "DISTRIBUTOR", null);
        PartnerProjection reseller = partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        reseller.testAccount = true;
        assertThat(code(() -> decide("d", "r"))).isEqualTo("CBC.99005035");
        assertThat(code(() -> decide("r", null))).isEqualTo("CBC.99005035");
        // a distributor not linked to the test reseller learns nothing about it
        partner("x", PartnerStatus.ACTIVE, "DISTRIBUTOR", null);
        assertThat(code(() -> decide("x", "r"))).isEqualTo("CBC.99000037");
        reseller.testAccount = false;
        rows.get("d").testAccount = true;
        assertThat(code(() -> decide("d", "r"))).isEqualTo("CBC.99005035");
        assertThat(code(() -> decide("r", null))).isEqualTo("allowed");
        // a test account still reads its own customers
        assertThat(queryScope("p", null)).isEqualTo("p");
    }

    @Test
    void queriesAreScopedToTheCallerOrItsLinkedReseller() {
        partner("r", PartnerStatus.ACTIVE, "CLOUD_RESELLER", "d");
        assertThat(queryScope("p", null)).isEqualTo("p");
        assertThat(queryScope("d", "r")).isEqualTo("r");
        assertThatThrownBy(() -> queryScope("p", "r")).isInstanceOf(CbcException.class);
    }
}
