package org.botserver.domain.bot;

import java.time.Duration;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How long a replaced dialog version stays available to the conversations that wait in it, and how many old
 * versions of one dialog are kept at most; past either, a waiting conversation has to start again.
 */
@ValueObject
public record DialogRetention(Duration keepFor, int versionsPerDialog) {

    public DialogRetention {
        Objects.requireNonNull(keepFor, "keepFor");
        if (keepFor.isNegative()) throw new IllegalArgumentException("The retention cannot be negative.");
        if (versionsPerDialog < 0) throw new IllegalArgumentException("The number of versions cannot be negative.");
    }

    /** A day, and ten versions per dialog. */
    public static DialogRetention defaults() {
        return new DialogRetention(Duration.ofHours(24), 10);
    }
}
