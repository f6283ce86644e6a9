package org.botserver.domain.bot;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A file of a package as listed, before it is read: where it is and how many bytes it holds. */
@ValueObject
public record PackageFile(PackagePath path, long size) {

    public PackageFile {
        Objects.requireNonNull(path, "path");
        if (size < 0) throw new IllegalArgumentException("A file size cannot be negative.");
    }
}
