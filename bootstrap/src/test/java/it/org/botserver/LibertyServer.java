package it.org.botserver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Stops and starts the Liberty server the build created, with its own {@code bin/server} script. */
final class LibertyServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private LibertyServer() {
    }

    /** Stops the server, starts it again on the same configuration and data, and waits until it is ready. */
    static void restart() {
        run("stop");
        run("start");
        awaitReady();
    }

    private static void run(String action) {
        Path wlp = Path.of(System.getProperty("it.server.dir"));
        String name = System.getProperty("it.server.name");
        ProcessBuilder command = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(wlp.resolveSibling("restart-it.log").toFile()));
        try {
            Process process = command.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " did not finish within 3 minutes");
            }
            // 1 from "stop" means the server was not running, which the start that follows repairs.
            if (process.exitValue() != 0 && !(action.equals("stop") && process.exitValue() == 1)) {
                throw new AssertionError("server " + action + " exited with " + process.exitValue());
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run server " + action, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void awaitReady() {
        ServerClient client = new ServerClient();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.get("/health/ready").status() == 200) return;
            } catch (RuntimeException notYetListening) {
                // connection refused while the server starts
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the server was not ready within " + READY_TIMEOUT);
    }
}
