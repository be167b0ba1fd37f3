package com.acmecloud.partnercenter.customer.partners.service;

import com.acmecloud.partnercenter.customer.partners.domain.AssociationRules;
import com.acmecloud.partnercenter.customer.partners.domain.AssociationRules.Decision;
import com.acmecloud.partnercenter.customer.partners.repository.PartnerProjectionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Rules 20, 23 and 24 as of the partner projection: loads the partners {@link AssociationRules} decides from. */
@ApplicationScoped
public class PartnerScopes {

    private final PartnerProjectionRepository partners;

    PartnerScopes(PartnerProjectionRepository partners) {
        this.partners = partners;
    }

    /** For whom the caller may associate a customer ({@code indirectPartnerId}: the reseller named, or null). */
    public Uni<Decision> decide(String callerId, String indirectPartnerId) {
        return partners.view(callerId).chain(caller -> {
            if (indirectPartnerId != null) {
                return partners.view(indirectPartnerId)
                        .map(reseller -> AssociationRules.decide(caller, reseller, null));
            }
            if (caller.distributorId == null) {
                return Uni.createFrom().item(() -> AssociationRules.decide(caller, null, null));
            }
            return partners.view(caller.distributorId)
                    .map(distributor -> AssociationRules.decide(caller, null, distributor));
        });
    }

    /** Rule 20: refuses (CBC.0150) an xaccount_type that is not the platform id assigned to the caller. */
    public Uni<Void> requireOwnPlatform(String callerId, String xaccountType) {
        return partners.view(callerId).invoke(caller -> AssociationRules.requireOwnPlatform(caller, xaccountType))
                .replaceWithVoid();
    }

    /** The partner whose data the caller sees: itself, or the linked reseller it names. */
    public Uni<String> queryScope(String callerId, String indirectPartnerId) {
        if (indirectPartnerId == null) {
            return Uni.createFrom().item(callerId);
        }
        return partners.view(indirectPartnerId).map(reseller -> AssociationRules.queryScope(callerId, reseller));
    }
}
