package com.acmecloud.partnercenter.suite.rules;

import java.util.Comparator;

/**
 * A Java file of the repository, by module and repository-relative path ({@code /}-separated). Ordered by module
 * and class name, so that moving a class to another package does not reorder the rulebook.
 */
record SourceFile(String module, String path) implements Comparable<SourceFile> {

    private static final Comparator<SourceFile> ORDER = Comparator.comparing(SourceFile::module)
            .thenComparing(SourceFile::name)
            .thenComparing(SourceFile::path);

    /** The file name without {@code .java}: the class name. */
    String name() {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - ".java".length()) : fileName;
    }

    @Override
    public int compareTo(SourceFile other) {
        return ORDER.compare(this, other);
    }
}
