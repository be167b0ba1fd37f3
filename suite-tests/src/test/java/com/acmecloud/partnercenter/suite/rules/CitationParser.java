package com.acmecloud.partnercenter.suite.rules;

import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rules and seeds a text cites: "rule 27", "rule-27", "rules 16–21" (en dash or hyphen), "rules 23, 24",
 * "rules 1, 2 and 4", "rules 49 (upload) and 50", "seed 16", and "seed rule 15", which is seed 15.
 * Only the plural takes a list: in "Rule 26: the partner requests (1 referral, 2 resale)" the numbers after the
 * first are not rules.
 */
final class CitationParser {

    private static final String NUMBER_OR_RANGE = "\\d+(?:[–-]\\d+)?";
    private static final Pattern CITATION = Pattern.compile(
            "\\b(?<kind>seeds?(?:\\s+rules?)?|rules?)[ -](?<first>" + NUMBER_OR_RANGE + ")"
                    + "(?<more>(?:(?:\\s*\\([^()\\n]*\\))?(?:\\s*,\\s*|,?\\s+and\\s+)" + NUMBER_OR_RANGE + ")*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_OR_RANGE_PATTERN =
            Pattern.compile("(?<from>\\d+)(?:[–-](?<to>\\d+))?");

    private CitationParser() {
    }

    /** @throws IllegalArgumentException for a descending range such as "rules 30-26" */
    static SortedSet<Citation> parse(String text) {
        SortedSet<Citation> citations = new TreeSet<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            String kindWords = matcher.group("kind").toLowerCase(Locale.ROOT);
            Citation.Kind kind = kindWords.startsWith("seed") ? Citation.Kind.SEED : Citation.Kind.RULE;
            addNumbers(matcher.group("first"), kind, citations);
            if (kindWords.endsWith("s")) {
                addNumbers(matcher.group("more"), kind, citations);
            }
        }
        return citations;
    }

    private static void addNumbers(String numbers, Citation.Kind kind, SortedSet<Citation> citations) {
        Matcher matcher = NUMBER_OR_RANGE_PATTERN.matcher(numbers.replaceAll("\\([^()]*\\)", ""));
        while (matcher.find()) {
            int from = Integer.parseInt(matcher.group("from"));
            int to = matcher.group("to") == null ? from : Integer.parseInt(matcher.group("to"));
            if (to < from) {
                throw new IllegalArgumentException("descending range " + matcher.group());
            }
            for (int number = from; number <= to; number++) {
                citations.add(new Citation(kind, number));
            }
        }
    }
}
