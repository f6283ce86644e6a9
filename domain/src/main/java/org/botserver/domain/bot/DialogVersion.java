package org.botserver.domain.bot;

import java.util.Objects;
import org.botserver.domain.basic.SourceFile;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One compiled version of a dialog: its name ("start"), its version (the content hash of the source, as the
 * compiled program and every state saved by it record it) and the source it was compiled from.
 */
@ValueObject
public record DialogVersion(String dialog, String version, SourceFile source) {

    public DialogVersion {
        Objects.requireNonNull(dialog, "dialog");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        if (dialog.isBlank() || version.isBlank()) throw new IllegalArgumentException("A dialog version needs a name and a version.");
    }
}
