package org.botserver.domain.conversation;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A quick reply the dialog offers next to its messages (ADD SUGGESTION): what it sends, and what it shows. */
@ValueObject
public record Suggestion(String value, String label) {

    public Suggestion {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? value : label;
    }
}
