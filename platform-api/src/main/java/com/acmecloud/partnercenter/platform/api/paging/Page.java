package com.acmecloud.partnercenter.platform.api.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list plus the total number of matches ({@code total_count} on the wire). */
public record Page<T>(long totalCount, List<T> items) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(totalCount, items.stream().map(mapper).toList());
    }
}
