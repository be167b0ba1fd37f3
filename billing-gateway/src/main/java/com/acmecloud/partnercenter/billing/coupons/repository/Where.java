package com.acmecloud.partnercenter.billing.coupons.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A Panache query's where clause built from optional filters: a filter whose value is null adds nothing. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();
    private int next;

    Where must(String clause, String name, Object value) {
        clauses.add(clause.replace(":p", ":" + name));
        parameters.and(name, value);
        return this;
    }

    /** Adds {@code clause} (which names its parameter {@code :p}) when {@code value} is not null (or an empty list). */
    Where optional(String clause, Object value) {
        if (value == null || value instanceof Collection<?> values && values.isEmpty()) {
            return this;
        }
        String name = "p" + next++;
        clauses.add(clause.replace(":p", ":" + name));
        parameters.and(name, value);
        return this;
    }

    /** Binds a named parameter that a clause added with {@link #must} or {@link #optional} uses besides its own. */
    Where param(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    String clause() {
        return String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }
}
