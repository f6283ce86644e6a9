package org.botserver.domain.bot;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How big a package may be: in total, per file, per dialog, in number of files, and how much a zip may
 * expand (uncompressed size over compressed size) before it counts as a zip bomb.
 */
@ValueObject
public record PackageLimits(long packageBytes, long fileBytes, long dialogBytes, int files, int compressionRatio) {

    public static final long MIB = 1024 * 1024;

    public PackageLimits {
        if (packageBytes <= 0 || fileBytes <= 0 || dialogBytes <= 0 || files <= 0 || compressionRatio <= 0) {
            throw new IllegalArgumentException("Package limits must be positive.");
        }
    }

    /** 100 MB per package, 10 MB per file, 1 MB per dialog, 10 000 files, 100:1 compression. */
    public static PackageLimits defaults() {
        return new PackageLimits(100 * MIB, 10 * MIB, MIB, 10_000, 100);
    }

    /** A size as people read it: "10 MB", "512 KB", "99 bytes". */
    public static String readable(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) return bytes / MIB + " MB";
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }
}
