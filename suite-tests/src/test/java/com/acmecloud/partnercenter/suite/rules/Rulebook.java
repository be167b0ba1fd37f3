package com.acmecloud.partnercenter.suite.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-written part of the rulebook, read from docs/rules-source.md: the rules, one numbered line each under
 * their "## 2.x" heading of domain.md, then one numbered line per seed fragment under "## Seeds". Text before the
 * first heading is a note for editors and is not kept.
 */
record Rulebook(List<Section> sections, List<Entry> seeds) {

    record Section(String heading, List<Entry> rules) {
    }

    record Entry(int number, String text) {
    }

    private static final String SEEDS_HEADING = "Seeds";
    private static final Pattern HEADING = Pattern.compile("^## (.+)$");
    private static final Pattern ENTRY = Pattern.compile("^(\\d+)\\. (.+)$");

    static Rulebook parse(String source) {
        List<Section> sections = new ArrayList<>();
        List<Entry> seeds = null;
        List<Entry> current = null;
        for (String line : source.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher entry = ENTRY.matcher(line);
            if (heading.matches()) {
                current = new ArrayList<>();
                if (heading.group(1).equals(SEEDS_HEADING)) {
                    seeds = current;
                } else {
                    sections.add(new Section(heading.group(1), current));
                }
            } else if (current != null && entry.matches()) {
                current.add(new Entry(Integer.parseInt(entry.group(1)), entry.group(2).strip()));
            } else if (current != null && !line.isBlank()) {
                throw new IllegalArgumentException("one numbered line per rule or seed, not: " + line);
            }
        }
        return new Rulebook(sections, seeds == null ? List.of() : seeds);
    }

    List<Entry> rules() {
        return sections.stream().flatMap(section -> section.rules().stream()).toList();
    }

    boolean contains(Citation citation) {
        List<Entry> entries = citation.kind() == Citation.Kind.RULE ? rules() : seeds;
        return entries.stream().anyMatch(entry -> entry.number() == citation.number());
    }
}
