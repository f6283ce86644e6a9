package org.botserver.domain.basic.lexer;

import java.util.List;

/** The text of a string literal or raw block split into plain text and {@code ${expression}} segments. */
public record Template(List<Segment> segments) {

    public Template {
        segments = List.copyOf(segments);
    }

    /** One piece of a template. */
    public sealed interface Segment {
    }

    /** Literal text, escapes already applied. */
    public record Text(String text) implements Segment {
    }

    /** The source of an interpolated expression and where it starts in the file. */
    public record Code(String source, int line, int column) implements Segment {
    }

    /** The template with every expression left as written, for text used verbatim (a system prompt). */
    public String plain() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            switch (s) {
                case Text t -> out.append(t.text());
                case Code c -> out.append("${").append(c.source()).append('}');
            }
        }
        return out.toString();
    }
}
