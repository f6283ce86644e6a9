package org.botserver.application.llm;

import java.util.List;
import java.util.Objects;

/** Excerpts for the system prompt, already formatted with their sources, and the sources to show with the reply. */
public record Grounding(String promptSection, List<String> sources) {

    public static final Grounding NONE = new Grounding("", List.of());

    public Grounding {
        Objects.requireNonNull(promptSection, "promptSection");
        sources = List.copyOf(sources);
    }

    public boolean isEmpty() {
        return promptSection.isBlank();
    }
}
