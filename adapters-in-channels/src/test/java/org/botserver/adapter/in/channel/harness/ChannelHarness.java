package org.botserver.adapter.in.channel.harness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.botserver.adapter.in.channel.http.Pacing;
import org.botserver.adapter.in.channel.http.ProviderClient;
import org.botserver.adapter.in.channel.http.RetryPolicy;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.channel.ChannelSender;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.channel.InMemoryChannelStore;
import org.botserver.application.channel.ReceiveChannelMessageService;
import org.botserver.application.channel.RecordDeliveryStatusService;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.ReadConversationService;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;

/**
 * The channel adapters on the real use cases: the hello bot and a menu bot, in-memory stores, a small
 * worker pool, bot settings from a map, and quick retries, so a test drives webhooks and watches the fake
 * provider. Close it to stop the workers.
 */
public final class ChannelHarness implements AutoCloseable {

    public static final String MENU = """
            TALK "Which plan?"
            HEAR plan AS "Free", "Pro"
            TALK "You chose " + plan
            """;

    public final Map<String, String> settingValues = new HashMap<>();
    public final ChannelSettings settings = (bot, key) -> Optional.ofNullable(settingValues.get(bot.value() + "." + key));
    public final InMemoryChannelStore channels = new InMemoryChannelStore();
    public final ExecutorService workers = Executors.newFixedThreadPool(2);
    public final ProviderClient client = new ProviderClient(workers,
            new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)), new Pacing(Duration.ZERO),
            ProviderClient::retryAfterHeader);
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final LoadedBots bots = TestBots.catalog(TestBots.bot("hello", TestBots.HELLO), TestBots.bot("plans", MENU));
    private final Clock clock = Clock.systemUTC();

    public ReceiveChannelMessageService receiver(ChannelSender sender) {
        return new ReceiveChannelMessageService(channels,
                new StartConversationService(conversations, bots, clock, Limits.defaults(), Capabilities.none()),
                new SendMessageService(conversations, bots, clock, Limits.defaults(), Capabilities.none()),
                new ReadConversationService(conversations), sender, workers, clock);
    }

    public RecordDeliveryStatusService statuses() {
        return new RecordDeliveryStatusService(channels);
    }

    /** Waits for something the background work does; fails after ten seconds. */
    public static void await(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not within 10 s: " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        client.close();
        workers.shutdownNow();
    }
}
