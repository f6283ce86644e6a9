package org.botserver.application.knowledge;

import java.util.Objects;
import java.util.OptionalInt;

/** A chunk of a knowledge-base document: its text, the document it came from, its place there and its page. */
public record KnowledgeChunk(String documentPath, int chunkIndex, OptionalInt page, String content) {

    public KnowledgeChunk {
        if (documentPath == null || documentPath.isBlank()) throw new IllegalArgumentException("A chunk needs its document's path.");
        if (chunkIndex < 0) throw new IllegalArgumentException("A chunk index is never negative.");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(content, "content");
    }

    /** Where the chunk comes from, as shown to users: "manual.pdf, page 3" or "faq.md". */
    public String source() {
        return page.isPresent() ? documentPath + ", page " + page.getAsInt() : documentPath;
    }
}
