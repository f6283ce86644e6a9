package org.botserver.domain.knowledge;

import java.util.Objects;
import java.util.OptionalInt;
import org.jmolecules.ddd.annotation.ValueObject;

/** A piece of a document's text as extracted: the whole text, a page of a PDF, or one row of a sheet. */
@ValueObject
public record Passage(String text, OptionalInt page) {

    public Passage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(page, "page");
    }

    public static Passage of(String text) {
        return new Passage(text, OptionalInt.empty());
    }

    public static Passage onPage(String text, int page) {
        return new Passage(text, OptionalInt.of(page));
    }
}
