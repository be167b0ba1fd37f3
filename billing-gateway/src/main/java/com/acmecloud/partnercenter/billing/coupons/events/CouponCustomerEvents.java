package com.acmecloud.partnercenter.billing.coupons.events;

import com.acmecloud.partnercenter.billing.coupons.domain.CouponOperation;
import com.acmecloud.partnercenter.billing.coupons.repository.CustomerAssociationsRepository;
import com.acmecloud.partnercenter.billing.coupons.service.CouponService;
import com.acmecloud.partnercenter.billing.customers.service.CustomerEventListener;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEvent;
import com.acmecloud.partnercenter.platform.events.contracts.CloudEventCodec;
import com.acmecloud.partnercenter.platform.events.contracts.CustomerEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * What customer.events mean for coupons, applied in the consumer's idempotent transaction (a redelivered event is
 * never seen here again):
 * <ul>
 * <li>{@code customer.associated.v1}: one more association of the customer (rule 44, first-association-only quotas);</li>
 * <li>{@code customer.disassociated.v1}: the partner's coupons of the customer are reclaimed, rule 47 type 3 (the
 * event's {@code coupon_reclaim_operation_type});</li>
 * <li>{@code customer.association_type_changed.v1}: the same with type 8 (mode switch).</li>
 * </ul>
 */
@ApplicationScoped
public class CouponCustomerEvents implements CustomerEventListener {

    private final CloudEventCodec codec;
    private final CouponService coupons;
    private final CustomerAssociationsRepository associations;
    private final Clock clock;

    CouponCustomerEvents(CloudEventCodec codec, CouponService coupons, CustomerAssociationsRepository associations,
                         Clock clock) {
        this.codec = codec;
        this.coupons = coupons;
        this.associations = associations;
        this.clock = clock;
    }

    @Override
    public Uni<Void> onCustomerEvent(CloudEvent event) {
        String type = event.type();
        if (type.equals(CustomerEvents.CUSTOMER_ASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_ASSOCIATED);
            return associations.countAssociation(data.customerId(), clock.instant());
        } else if (type.equals(CustomerEvents.CUSTOMER_DISASSOCIATED.type())) {
            var data = codec.payload(event, CustomerEvents.CUSTOMER_DISASSOCIATED);
            return coupons.reclaimAll(data.partnerId(), data.customerId(),
                    operation(data.couponReclaimOperationType(), CouponOperation.UNBIND_RECLAIM), event.id());
        } else if (type.equals(CustomerEvents.ASSOCIATION_TYPE_CHANGED.type())) {
            var data = codec.payload(event, CustomerEvents.ASSOCIATION_TYPE_CHANGED);
            return coupons.reclaimAll(data.partnerId(), data.customerId(),
                    operation(data.couponReclaimOperationType(), CouponOperation.MODE_SWITCH_RECLAIM), event.id());
        }
        return Uni.createFrom().voidItem();
    }

    /** The operation type the event names (3 or 8 today); an older event without one gets the type its kind implies. */
    private static CouponOperation operation(int named, CouponOperation fallback) {
        return named >= 1 && named <= 9 ? CouponOperation.of(named) : fallback;
    }
}
