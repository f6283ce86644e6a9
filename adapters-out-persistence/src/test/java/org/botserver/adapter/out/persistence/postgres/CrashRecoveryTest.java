package org.botserver.adapter.out.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server that died without stopping its database does not keep the next one from starting on the same data. */
class CrashRecoveryTest {

    private Path dataDir;

    @BeforeEach
    void freshDataDirectory() {
        dataDir = TestDataDirectory.fresh(CrashRecoveryTest.class);
    }

    @AfterEach
    void removeDataDirectory() {
        TestDataDirectory.delete(dataDir);
    }

    private Path pidFile() { return dataDir.resolve("postgres").resolve(PostgresDataDirectory.PID_FILE); }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void the_postgres_left_running_by_a_killed_server_is_stopped_and_its_data_is_kept() throws Exception {
        ConversationId id = ConversationId.random();
        Process crashed = startServerInAnotherProcess(id);
        crashed.destroyForcibly().waitFor();
        long orphan = Long.parseLong(Files.readAllLines(pidFile()).getFirst().strip());
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the killed server's PostgreSQL runs on");

        try (PostgresPersistence restarted = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 1))) {
            assertEquals("crash-victim", restarted.conversations().find(id).orElseThrow().userId());
            assertEquals(List.of("saved before the crash"), restarted.conversations().history(id, 5, Optional.empty())
                    .messages().stream().map(Message::content).toList());
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    @Test
    void a_pid_file_naming_an_unrelated_live_process_does_not_block_the_start() throws Exception {
        PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 1)).close();
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            Files.writeString(pidFile(), unrelated.pid() + "\n" + dataDir.resolve("postgres") + "\n");

            try (PostgresPersistence restarted = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 1))) {
                assertTrue(restarted.isReady());
                assertTrue(unrelated.isAlive(), "an unrelated process is never stopped");
            }
        } finally {
            unrelated.destroyForcibly().waitFor();
        }
    }

    private Process startServerInAnotherProcess(ConversationId id) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PersistenceInAnotherProcess.class.getName(), dataDir.toString(), id.toString())
                .redirectError(dataDir.resolve("child.log").toFile())
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.equals(PersistenceInAnotherProcess.READY)) return process;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The other process ended before it was ready; see " + dataDir.resolve("child.log"));
    }
}
