package org.botserver.application.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.botserver.application.bot.TestBots;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.ReadConversationService;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.mail.MovableClock;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.bot.LoadedBots;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Capabilities;

/**
 * The channel use case on the real conversation services and in-memory stores; background work runs only
 * when the test says so ({@link #runQueuedWork()}), and sends complete when the test completes them.
 */
final class ChannelFixture {

    static final String MENU = """
            TALK "Which plan?"
            HEAR plan AS "Free", "Pro"
            TALK "You chose " + plan
            """;

    /** One send the service asked for, completed by the test (or at once, by default). */
    record Sent(ChannelAddress to, List<OutboundMessage> messages, CompletableFuture<Void> delivery) {
    }

    final InMemoryConversationStore conversations = new InMemoryConversationStore();
    final InMemoryChannelStore channels = new InMemoryChannelStore();
    final List<Sent> sent = new ArrayList<>();
    boolean completeSendsAtOnce = true;
    private final Queue<Runnable> work = new ArrayDeque<>();
    private final Executor executor = work::add;
    /** How long an unanswered delivery's claim lasts before {@link #replay()} takes it again. */
    static final Duration STALE = Duration.ofMinutes(2);

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final Supplier<ReceiveChannelMessageService> newService;
    private ReceiveChannelMessageService service;
    private int deliveries;

    ChannelFixture(String botId, String source) {
        this(botId, source, Map.of(), 1);
    }

    /** With media intake: files on these channels are fetched by the given downloads, up to {@code maxBytes}. */
    ChannelFixture(String botId, String source, Map<Channel, MediaDownload> downloads, long maxBytes) {
        LoadedBots bots = TestBots.catalog(TestBots.bot(botId, source));
        var start = new StartConversationService(conversations, bots, clock, Limits.defaults(), Capabilities.none());
        var send = new SendMessageService(conversations, bots, clock, Limits.defaults(), Capabilities.none());
        var read = new ReadConversationService(conversations);
        this.newService = () -> downloads.isEmpty()
                ? new ReceiveChannelMessageService(channels, start, send, read, this::send, executor, clock)
                : new ReceiveChannelMessageService(channels, start, send, read, this::send,
                        new MediaIntake(downloads, channels, maxBytes, clock), executor, clock);
        this.service = newService.get();
    }

    /** The server dies: the work it queued never runs; a new one starts on the same stores. */
    void serverRestarts() {
        work.clear();
        service = newService.get();
    }

    /** The periodic replay of unanswered deliveries, as the server runs it; returns how many it queued. */
    int replay() {
        return new ReplayUnansweredMessagesService(channels, service, STALE, clock).replay();
    }

    static ChannelAddress user(String botId, Channel channel, String id) {
        return new ChannelAddress(new BotId(botId), channel, id);
    }

    Receipt receive(ChannelAddress from, InboundMessage message) {
        return receive(from, "delivery-" + ++deliveries, message);
    }

    Receipt receive(ChannelAddress from, String deliveryId, InboundMessage message) {
        return service.receive(new ChannelUpdate(from, deliveryId, message));
    }

    /** Runs the background work queued so far and what it queues in turn. */
    void runQueuedWork() {
        for (Runnable next = work.poll(); next != null; next = work.poll()) next.run();
    }

    /** The texts of every message sent so far, in order. */
    List<String> sentTexts() {
        return sent.stream().flatMap(s -> s.messages().stream()).map(ChannelFixture::text).toList();
    }

    static String text(OutboundMessage message) {
        return switch (message) {
            case OutboundMessage.Text t -> t.text();
            case OutboundMessage.Choices c -> c.text();
            case OutboundMessage.Media m -> m.url();
        };
    }

    private CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages) {
        CompletableFuture<Void> delivery = completeSendsAtOnce ? CompletableFuture.completedFuture(null)
                : new CompletableFuture<>();
        sent.add(new Sent(to, messages, delivery));
        return delivery;
    }
}
