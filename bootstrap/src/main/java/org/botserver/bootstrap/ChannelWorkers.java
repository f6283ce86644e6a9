package org.botserver.bootstrap;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.botserver.adapter.in.channel.http.Pacing;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.adapter.in.channel.http.RetryPolicy;

/**
 * The threads channel work runs on (dialog turns after a webhook, provider calls and their callbacks), the
 * HTTP clients on them, and one thread for periodic chores; closing stops the chores, the clients, then the threads.
 */
final class ChannelWorkers implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ChannelWorkers.class.getName());

    private final ExecutorService executor;
    private final ScheduledExecutorService chores;
    private final List<ProviderClient> clients = new ArrayList<>();

    ChannelWorkers(int threads) {
        // Threads made here inherit the application's class loader, so JSON-P finds Liberty's provider on them.
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "channel-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), factory);
        this.chores = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = factory.newThread(task);
            thread.setName("channel-chores");
            return thread;
        });
    }

    /** Runs the chore every {@code period}, the first time after one period; a failed run is logged and retried. */
    void every(Duration period, String name, Runnable chore) {
        every(period, period, name, chore);
    }

    /** Runs the chore after {@code first}, then every {@code period}; a failed run is logged and retried. */
    void every(Duration first, Duration period, String name, Runnable chore) {
        long millis = Math.max(1, period.toMillis());
        chores.scheduleWithFixedDelay(() -> {
            // An exception escaping a scheduled task cancels all its later runs.
            try {
                chore.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; it runs again in " + period + ": " + e.getMessage());
            }
        }, Math.max(0, first.toMillis()), millis, TimeUnit.MILLISECONDS);
    }

    ExecutorService executor() {
        return executor;
    }

    synchronized ProviderClient client(RetryPolicy retries, Pacing pacing,
                                       Function<HttpResponse<String>, Optional<Duration>> retryAfter) {
        ProviderClient client = new ProviderClient(executor, retries, pacing, retryAfter);
        clients.add(client);
        return client;
    }

    @Override
    public synchronized void close() {
        chores.shutdownNow();
        clients.forEach(ProviderClient::close);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) executor.shutdownNow();
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
