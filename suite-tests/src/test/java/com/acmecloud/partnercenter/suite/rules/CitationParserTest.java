package com.acmecloud.partnercenter.suite.rules;

import static com.acmecloud.partnercenter.suite.rules.Citation.rule;
import static com.acmecloud.partnercenter.suite.rules.Citation.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CitationParserTest {

    @Test
    void singleRulesInAnyCase() {
        assertThat(CitationParser.parse("/** Rule 27 for the side initiating a change (rule 28, CBC.91005057). */"))
                .containsExactly(rule(27), rule(28));
        assertThat(CitationParser.parse("the rule-27 allowance; rule 3's daily cap"))
                .containsExactly(rule(3), rule(27));
    }

    @Test
    void rangesWithEnDashOrHyphen() {
        assertThat(CitationParser.parse("Rules 16–21 through the HTTP API"))
                .containsExactly(rule(16), rule(17), rule(18), rule(19), rule(20), rule(21));
        assertThat(CitationParser.parse("(rules 26-30)"))
                .containsExactly(rule(26), rule(27), rule(28), rule(29), rule(30));
    }

    @Test
    void listsWithCommasAndAnd() {
        assertThat(CitationParser.parse("rules 23, 24")).containsExactly(rule(23), rule(24));
        assertThat(CitationParser.parse("rules 5 and 6")).containsExactly(rule(5), rule(6));
        assertThat(CitationParser.parse("rules 1, 2 and 4 as far as they reach"))
                .containsExactly(rule(1), rule(2), rule(4));
        assertThat(CitationParser.parse("Rules 16–21, 23, 24: creating customer accounts"))
                .containsExactly(rule(16), rule(17), rule(18), rule(19), rule(20), rule(21), rule(23), rule(24));
    }

    @Test
    void listsWithAParentheticalBetweenItems() {
        assertThat(CitationParser.parse("rules 49 (attachment upload + bucket) and 50 (own China-site bucket)"))
                .containsExactly(rule(49), rule(50));
    }

    @Test
    void numbersAfterASingularRuleAreNotRules() {
        assertThat(CitationParser.parse("Rule 26: the partner requests the switch (1 referral, 2 resale)"))
                .containsExactly(rule(26));
        assertThat(CitationParser.parse("Rule 18: 5–32 characters")).containsExactly(rule(18));
        assertThat(CitationParser.parse("(rule 27, once per 3 months)")).containsExactly(rule(27));
        assertThat(CitationParser.parse("Rules 10 and the exclusive rights")).containsExactly(rule(10));
    }

    @Test
    void seeds() {
        assertThat(CitationParser.parse("(seed 16 / rule 22; our own API)")).containsExactly(rule(22), seed(16));
        assertThat(CitationParser.parse("Seed 2: closes registrations")).containsExactly(seed(2));
        assertThat(CitationParser.parse("(seed rule 15)")).as("a seed fragment, not rule 15").containsExactly(seed(15));
        assertThat(CitationParser.parse("rules 7, 8, 10, seed 2")).containsExactly(rule(7), rule(8), rule(10), seed(2));
    }

    @Test
    void wordsThatOnlyContainRuleAreNoCitations() {
        assertThat(CitationParser.parse("ObsBucketRules 4, the OBS naming rules (3 to 63 letters), seed FAQ, rules."))
                .isEmpty();
    }

    @Test
    void aDescendingRangeIsAMistake() {
        assertThatIllegalArgumentException().isThrownBy(() -> CitationParser.parse("rules 30-26"))
                .withMessageContaining("30-26");
    }
}
