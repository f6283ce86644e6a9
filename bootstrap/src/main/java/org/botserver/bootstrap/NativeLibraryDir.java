package org.botserver.bootstrap;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A directory of this application start for the native library of the in-process embedding model's tokenizer.
 * DJL extracts libtokenizers.so to one fixed path (~/.djl.ai by default), and a JVM loads a native library from
 * one path into one class loader only: after the application restarts inside a running server (a redeploy, an
 * updated WAR) the new class loader was refused it ("already loaded in another classloader") and the answer
 * cache lost its semantic hits. A fresh directory per start gives each class loader its own copy.
 */
final class NativeLibraryDir implements AutoCloseable {

    /** The system property DJL reads for where it extracts native libraries (an ENGINE_CACHE_DIR variable wins). */
    static final String DJL_CACHE_PROPERTY = "ENGINE_CACHE_DIR";

    private static final System.Logger LOG = System.getLogger(NativeLibraryDir.class.getName());

    private final Path dir;

    private NativeLibraryDir(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates the directory and points DJL at it; call before the embedding model loads. Empty when no directory
     * can be created: DJL then uses its default, which works until the application restarts in the same server.
     */
    static Optional<NativeLibraryDir> forThisStart() {
        try {
            Path dir = Files.createTempDirectory("botserver-native-");
            System.setProperty(DJL_CACHE_PROPERTY, dir.toString());
            return Optional.of(new NativeLibraryDir(dir));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No directory of its own for the tokenizer's native library: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Deletes the copies; a library still mapped by the old class loader stays usable until it is collected. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Native libraries left in {0}: {1}", dir, e.getMessage());
        }
    }
}
