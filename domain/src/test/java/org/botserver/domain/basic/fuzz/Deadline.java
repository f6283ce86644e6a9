package org.botserver.domain.basic.fuzz;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one check on its own daemon thread and fails when it overruns, so a hang is a finding in both
 * of Jazzer's modes (a JUnit {@code @Timeout} would also cut short the whole fuzzing run).
 */
final class Deadline {

    private Deadline() {
    }

    static void within(Duration limit, Runnable check) {
        FutureTask<Void> task = new FutureTask<>(check, null);
        Thread worker = new Thread(task, "basic-fuzz-check");
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The worker is abandoned: a runaway loop cannot be stopped, only reported.
            worker.interrupt();
            throw new AssertionError("No compile result or outcome within " + limit.toSeconds() + " s: a hang.");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case Error error -> throw error;
                case RuntimeException exception -> throw exception;
                default -> throw new AssertionError(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the check", e);
        }
    }
}
