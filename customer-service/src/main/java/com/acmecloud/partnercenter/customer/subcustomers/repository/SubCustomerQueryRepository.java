package com.acmecloud.partnercenter.customer.subcustomers.repository;

import com.acmecloud.partnercenter.customer.core.domain.SubCustomer;
import com.acmecloud.partnercenter.customer.subcustomers.domain.SubCustomerFilter;
import com.acmecloud.partnercenter.platform.api.paging.Page;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Huawei's sub-customer query over the customer accounts (which core's {@code SubCustomerRepository} keeps). */
@ApplicationScoped
public class SubCustomerQueryRepository implements PanacheRepositoryBase<SubCustomer, String> {

    /** The partner's customers matching the filter, oldest association first. */
    public Uni<Page<SubCustomer>> page(String partnerId, SubCustomerFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder("partnerId = :partner");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("partner", partnerId);
        if (filter.customer() != null) {
            where.append(" and lower(verifiedName) like :customer escape '!'");
            parameters.put("customer", containing(filter.customer().toLowerCase(Locale.ROOT)));
        }
        if (filter.accountName() != null) {
            where.append(" and domainName like :accountName escape '!'");
            parameters.put("accountName", containing(filter.accountName()));
        }
        if (filter.label() != null) {
            where.append(" and label like :label escape '!'");
            parameters.put("label", containing(filter.label()));
        }
        if (filter.customerId() != null) {
            where.append(" and customerId = :customerId");
            parameters.put("customerId", filter.customerId());
        }
        if (filter.associationType() != null) {
            where.append(" and associationType = :associationType");
            parameters.put("associationType", filter.associationType().shortValue());
        }
        if (filter.associatedOnBegin() != null) {
            where.append(" and associatedOn >= :begin");
            parameters.put("begin", filter.associatedOnBegin());
        }
        if (filter.associatedOnEnd() != null) {
            where.append(" and associatedOn <= :end");
            parameters.put("end", filter.associatedOnEnd());
        }
        return find(where + " order by associatedOn, customerId", parameters)
                .range(offset, offset + limit - 1).list()
                .chain(items -> count(where.toString(), parameters).map(total -> new Page<>(total, items)));
    }

    /** A LIKE pattern matching values that contain {@code text} literally ({@code %} and {@code _} included). */
    static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
