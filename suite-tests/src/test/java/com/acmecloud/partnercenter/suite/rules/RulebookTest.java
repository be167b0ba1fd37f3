package com.acmecloud.partnercenter.suite.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is exactly what the rulebook (docs/rules-source.md) and the citations in the code generate, and
 * every rule and seed the code cites is in the rulebook. After changing either, run
 * {@code mvn -pl suite-tests test -Drules.regenerate=true} and commit docs/rules.md.
 */
class RulebookTest {

    private static final Path ROOT = Path.of(System.getProperty("rules.root", ".."));
    private static final Path SOURCE = ROOT.resolve("docs/rules-source.md");
    private static final Path DOC = ROOT.resolve("docs/rules.md");
    /** This package: its tests cite rules as examples. */
    private static final Path OWN_SOURCES =
            Path.of("suite-tests/src/test/java", RulebookTest.class.getPackageName().replace('.', '/'));

    private static Rulebook rulebook;
    private static CitationIndex index;

    @BeforeAll
    static void readRulebookAndCode() throws IOException {
        rulebook = Rulebook.parse(Files.readString(SOURCE, StandardCharsets.UTF_8));
        index = CitationIndex.scan(ROOT, OWN_SOURCES);
    }

    @Test
    void rulesAndSeedsAreNumberedFromOneWithoutGaps() {
        assertThat(rulebook.sections()).allSatisfy(section -> assertThat(section.rules()).isNotEmpty());
        assertThat(numbers(rulebook.rules())).as("rule numbers in docs/rules-source.md")
                .isEqualTo(oneTo(rulebook.rules().size())).isNotEmpty();
        assertThat(numbers(rulebook.seeds())).as("seed numbers in docs/rules-source.md")
                .isEqualTo(oneTo(rulebook.seeds().size())).isNotEmpty();
    }

    @Test
    void everyRuleAndSeedTheCodeCitesIsInTheRulebook() {
        List<String> missing = index.all().entrySet().stream()
                .filter(cited -> !rulebook.contains(cited.getKey()))
                .map(cited -> cited.getKey() + " (" + cited.getValue().stream().map(SourceFile::path)
                        .collect(Collectors.joining(", ")) + ")")
                .toList();
        assertThat(missing).as("cited in the code but not in docs/rules-source.md").isEmpty();
    }

    @Test
    void docsRulesMdIsGeneratedFromTheRulebookAndTheCode() throws IOException {
        String expected = RulebookMarkdown.render(rulebook, index);
        if (Boolean.getBoolean("rules.regenerate")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run " + RulebookMarkdown.REGENERATE + " (from a tree whose modules are "
                        + "not installed: " + RulebookMarkdown.REGENERATE_FROM_CLEAN_TREE + ") and commit it")
                .isEqualTo(expected);
    }

    private static List<Integer> numbers(List<Rulebook.Entry> entries) {
        return entries.stream().map(Rulebook.Entry::number).toList();
    }

    private static List<Integer> oneTo(int last) {
        return IntStream.rangeClosed(1, last).boxed().toList();
    }
}
