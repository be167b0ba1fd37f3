package com.acmecloud.partnercenter.suite.rules;

import java.util.Comparator;

/** One rule or seed the code cites by number: "rule 27" is {@code RULE 27}, "seed 16" is {@code SEED 16}. */
record Citation(Kind kind, int number) implements Comparable<Citation> {

    enum Kind { RULE, SEED }

    private static final Comparator<Citation> ORDER =
            Comparator.comparing(Citation::kind).thenComparingInt(Citation::number);

    static Citation rule(int number) {
        return new Citation(Kind.RULE, number);
    }

    static Citation seed(int number) {
        return new Citation(Kind.SEED, number);
    }

    @Override
    public int compareTo(Citation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + number;
    }
}
