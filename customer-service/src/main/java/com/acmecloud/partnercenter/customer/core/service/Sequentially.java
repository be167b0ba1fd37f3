package com.acmecloud.partnercenter.customer.core.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/** Database steps over a list, one after the other: a session never runs two operations at once. */
public final class Sequentially {

    private Sequentially() {
    }

    public static <T> Uni<Void> forEach(Iterable<T> items, Function<T, Uni<?>> step) {
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(step::apply)
                .collect().last()
                .replaceWithVoid();
    }
}
