package org.botserver.domain.basic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects compile errors for one file, each with its position and offending source line. */
public final class Diagnostics {

    private final SourceFile source;
    private final String[] lines;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(SourceFile source) {
        this.source = source;
        this.lines = source.text().split("\r?\n", -1);
    }

    public void report(int line, int column, String message) {
        String sourceLine = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        Diagnostic d = new Diagnostic(source.name(), line, column, message, sourceLine);
        if (!found.contains(d)) found.add(d);
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** Every diagnostic in source order. */
    public List<Diagnostic> all() {
        return found.stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
    }
}
