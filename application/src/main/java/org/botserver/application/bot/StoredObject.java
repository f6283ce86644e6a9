package org.botserver.application.bot;

import java.util.Objects;
import org.botserver.domain.bot.PackageFile;
import org.botserver.domain.bot.PackagePath;

/**
 * A file in the object store: its path in the package, its size, and a fingerprint (an ETag, or size and
 * modification time) that changes whenever its content does.
 */
public record StoredObject(PackagePath path, long size, String fingerprint) {

    public StoredObject {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public PackageFile file() {
        return new PackageFile(path, size);
    }
}
