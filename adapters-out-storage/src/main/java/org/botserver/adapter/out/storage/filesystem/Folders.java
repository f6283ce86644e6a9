package org.botserver.adapter.out.storage.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Moves and deletes folder trees without following links (a link is removed, never what it points to). */
final class Folders {

    private Folders() {
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }

    /** Renames an existing folder to a sibling with the given name and returns it; null when there was none. */
    static Path moveAside(Path dir, String siblingName) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        Path aside = dir.resolveSibling(siblingName);
        Files.move(dir, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir)) deleteTree(dir);
        } catch (IOException e) {
            // The staging folder of a failed upload has a dot name and is never read as a package; leaving it is harmless.
        }
    }
}
