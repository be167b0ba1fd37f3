package com.acmecloud.partnercenter.suite.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Which main and test files of the repository cite each rule and seed ({@code <module>/src/{main,test}/java}). */
final class CitationIndex {

    private final SortedMap<Citation, SortedSet<SourceFile>> main = new TreeMap<>();
    private final SortedMap<Citation, SortedSet<SourceFile>> test = new TreeMap<>();

    private CitationIndex() {
    }

    /**
     * Scans every module directly under {@code root}, except the files under {@code excluded} (the rulebook's own
     * sources, whose tests are full of example citations).
     */
    static CitationIndex scan(Path root, Path excluded) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        Path absoluteExcluded = absoluteRoot.resolve(excluded).normalize();
        CitationIndex index = new CitationIndex();
        for (Path module : modules(absoluteRoot)) {
            index.scan(absoluteRoot, module, "src/main/java", index.main, absoluteExcluded);
            index.scan(absoluteRoot, module, "src/test/java", index.test, absoluteExcluded);
        }
        return index;
    }

    SortedSet<SourceFile> mainFilesCiting(Citation citation) {
        return main.getOrDefault(citation, Collections.emptySortedSet());
    }

    SortedSet<SourceFile> testFilesCiting(Citation citation) {
        return test.getOrDefault(citation, Collections.emptySortedSet());
    }

    /** Every cited rule and seed, with the files citing it, main and test together. */
    SortedMap<Citation, SortedSet<SourceFile>> all() {
        SortedMap<Citation, SortedSet<SourceFile>> all = new TreeMap<>();
        Stream.of(main, test).flatMap(map -> map.entrySet().stream()).forEach(entry ->
                all.computeIfAbsent(entry.getKey(), key -> new TreeSet<>()).addAll(entry.getValue()));
        return all;
    }

    private static List<Path> modules(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> Files.isRegularFile(child.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scan(Path root, Path module, String sourceDir, Map<Citation, SortedSet<SourceFile>> into,
                      Path excluded) {
        Path sources = module.resolve(sourceDir);
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(excluded)).toList()) {
                SourceFile source = new SourceFile(module.getFileName().toString(),
                        root.relativize(file).toString().replace('\\', '/'));
                for (Citation citation : citations(file, source)) {
                    into.computeIfAbsent(citation, key -> new TreeSet<>()).add(source);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortedSet<Citation> citations(Path file, SourceFile source) throws IOException {
        try {
            return CitationParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source.path() + ": " + e.getMessage(), e);
        }
    }
}
