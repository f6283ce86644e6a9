package org.botserver.domain.basic;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Collects compile errors for one file, each with its position and offending source line. */
public final class Diagnostics {

    /** Past this many, further errors are mostly echoes of the first ones and only cost time on hostile input. */
    static final int MAX_REPORTED = 100;
    /** A longer source line is quoted as a window around the column, so a huge line is not copied per error. */
    static final int MAX_QUOTED = 120;

    private final SourceFile source;
    private final String[] lines;
    private final Set<Diagnostic> found = new LinkedHashSet<>();
    private Diagnostic tooMany;

    public Diagnostics(SourceFile source) {
        this.source = source;
        this.lines = source.text().split("\r?\n", -1);
    }

    public void report(int line, int column, String message) {
        if (tooMany != null) return;
        Diagnostic d = new Diagnostic(source.name(), line, column, message, quote(line, column));
        if (found.size() < MAX_REPORTED) {
            found.add(d);
        } else if (!found.contains(d)) {
            tooMany = new Diagnostic(source.name(), line, column,
                    "Too many errors; stopped after the first " + MAX_REPORTED + ".", d.sourceLine());
        }
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** Every diagnostic in source order, then "too many errors" if the file had more than are reported. */
    public List<Diagnostic> all() {
        Stream<Diagnostic> sorted = found.stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return (tooMany == null ? sorted : Stream.concat(sorted, Stream.of(tooMany))).toList();
    }

    private String quote(int line, int column) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (text.length() <= MAX_QUOTED) return text;
        int start = Math.clamp(column - 1 - MAX_QUOTED / 2, 0, text.length() - MAX_QUOTED);
        int end = start + MAX_QUOTED;
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
