package org.botserver.bootstrap.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drives durable dialog turns over REST: opens the conversations, then keeps {@code load.concurrency} messages in
 * flight (one worker per slot, each cycling over conversations of its own) through a warm-up and a measured
 * window, and prints turns/s, latency percentiles and errors. Run it with {@code ./botserver load}.
 */
public final class LoadGenerator {

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        System.out.println("load: " + settings.server() + ", " + settings);
        try (ChatClient client = new ChatClient(settings.server())) {
            List<ChatClient.Chat> chats = open(client, settings);
            String loadBefore = LoadReport.loadAverage();
            Map<String, LongAdder> errors = new ConcurrentHashMap<>();
            long warmupEnds = System.nanoTime() + settings.warmup().toNanos();
            long ends = warmupEnds + settings.duration().toNanos();
            List<Latencies> measured = new ArrayList<>();
            CpuMeter cpu = new CpuMeter();
            Duration[] cpuBefore;
            try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Latencies>> running = new ArrayList<>();
                for (int w = 0; w < settings.concurrency(); w++) {
                    List<ChatClient.Chat> own = ownedBy(w, settings.concurrency(), chats);
                    running.add(workers.submit(() -> drive(client, own, warmupEnds, ends, errors)));
                }
                Thread.sleep(Duration.ofNanos(Math.max(0, warmupEnds - System.nanoTime())));
                cpuBefore = cpu.sample();
                for (Future<Latencies> worker : running) measured.add(worker.get());
            }
            Duration[] cpuAfter = cpu.sample();
            Latencies all = Latencies.merge(measured);
            new LoadReport(settings, all, errors, loadBefore, LoadReport.loadAverage()).print();
            if (cpu.isAvailable() && all.size() > 0) {
                System.out.printf(Locale.ROOT, "load: CPU per turn: server JVM %.2f ms, PostgreSQL %.2f ms%n",
                        cpuAfter[0].minus(cpuBefore[0]).toNanos() / 1e6 / all.size(),
                        cpuAfter[1].minus(cpuBefore[1]).toNanos() / 1e6 / all.size());
            }
        }
    }

    private static List<ChatClient.Chat> open(ChatClient client, LoadSettings settings) throws InterruptedException {
        Semaphore inFlight = new Semaphore(settings.concurrency());
        try (ExecutorService starters = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ChatClient.Chat>> started = new ArrayList<>();
            for (int i = 0; i < settings.conversations(); i++) {
                started.add(starters.submit(() -> {
                    inFlight.acquire();
                    try {
                        return client.start(settings.bot());
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            List<ChatClient.Chat> chats = new ArrayList<>();
            for (Future<ChatClient.Chat> chat : started) {
                try {
                    chats.add(chat.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    System.err.println("load: cannot open a conversation on " + settings.server() + ": " + e.getCause());
                    System.exit(1);
                }
            }
            System.out.println("load: opened " + chats.size() + " conversations");
            return chats;
        }
    }

    private static List<ChatClient.Chat> ownedBy(int worker, int workers, List<ChatClient.Chat> chats) {
        List<ChatClient.Chat> own = new ArrayList<>();
        for (int i = worker; i < chats.size(); i += workers) own.add(chats.get(i));
        return own;
    }

    private static Latencies drive(ChatClient client, List<ChatClient.Chat> own, long warmupEnds, long ends,
                                   Map<String, LongAdder> errors) throws InterruptedException {
        Latencies latencies = new Latencies();
        long sent = 0;
        while (System.nanoTime() < ends) {
            ChatClient.Chat chat = own.get((int) (sent++ % own.size()));
            long start = System.nanoTime();
            String error;
            try {
                ChatClient.Answer answer = client.send(chat, "message " + sent);
                error = answer.status() != 200 ? "HTTP " + answer.status()
                        : answer.awaitingInput() ? null : "dialog not waiting in HEAR";
            } catch (java.io.IOException e) {
                error = e.getClass().getSimpleName();
            }
            long done = System.nanoTime();
            if (start < warmupEnds || done > ends) continue;
            if (error == null) latencies.add((done - start) / 1000);
            else errors.computeIfAbsent(error, e -> new LongAdder()).increment();
        }
        return latencies;
    }
}
