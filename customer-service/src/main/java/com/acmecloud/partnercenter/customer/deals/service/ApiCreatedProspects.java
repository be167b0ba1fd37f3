package com.acmecloud.partnercenter.customer.deals.service;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.core.service.Sequentially;
import com.acmecloud.partnercenter.customer.deals.domain.DealRegistration;
import com.acmecloud.partnercenter.customer.deals.events.DealEventPublisher;
import com.acmecloud.partnercenter.customer.deals.repository.DealRegistrationRepository;
import com.acmecloud.partnercenter.platform.api.errors.CbcError;
import com.acmecloud.partnercenter.platform.api.errors.CbcException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Deal registrations meet Huawei's create-customer API ({@code POST /v2/partners/sub-customers}): a mobile number
 * another partner holds an active registration for cannot become that partner's customer (CBC.99000051), and the
 * creating partner's own no-account registration of that number is converted by the creation.
 */
@ApplicationScoped
public class ApiCreatedProspects {

    private final DealRegistrationRepository registrations;
    private final DealEventPublisher events;

    ApiCreatedProspects(DealRegistrationRepository registrations, DealEventPublisher events) {
        this.registrations = registrations;
        this.events = events;
    }

    /**
     * The partner's own active registrations of the mobile, locked; CBC.99000051 when another partner holds one.
     * Call in the creating transaction, before the account is written.
     */
    public Uni<List<DealRegistration>> claim(String partnerId, String mobilePhone, Instant now) {
        if (mobilePhone == null) {
            return Uni.createFrom().item(List.of());
        }
        return registrations.lockActiveOf(null, mobilePhone, null).map(locked -> {
            List<DealRegistration> active = locked.stream()
                    .filter(registration -> registration.isActiveAt(now))
                    .toList();
            if (active.stream().anyMatch(registration -> !registration.partnerId.equals(partnerId))) {
                throw new CbcException(CbcError.PROSPECT_REGISTERED_BY_ANOTHER_PARTNER);
            }
            return active;
        });
    }

    /** The claimed registrations are converted into the created customer. */
    public Uni<Void> convert(List<DealRegistration> claimed, SubCustomer customer, String by, Instant now) {
        return Sequentially.forEach(claimed, registration -> {
            registration.convert(customer.customerId, by, now);
            return events.converted(registration);
        });
    }
}
