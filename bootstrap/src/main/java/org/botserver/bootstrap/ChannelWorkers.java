package org.botserver.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * The threads channel work runs on (dialog turns after a webhook, provider calls and their callbacks) and
 * the HTTP clients on them; closing stops the clients and then the threads.
 */
final class ChannelWorkers implements AutoCloseable {

    private final ExecutorService executor;
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
