package org.botserver.adapter.out.persistence.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** A data directory of its own for each test class, under target/ so nothing lands in the temp folder. */
final class TestDataDirectory {

    private TestDataDirectory() {}

    static Path fresh(Class<?> testClass) {
        Path dir = Path.of("target", "test-data", testClass.getSimpleName() + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            return Files.createDirectories(dir).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
