package org.botserver.application.channel;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.botserver.application.channel.MediaIntake.Heard;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;

/**
 * Takes each webhook delivery once into the inbox, then per channel user in order: continues their open
 * conversation with the message, or starts a new one when they have none or it has ended (a channel has no "new
 * chat" button), marks the delivery answered and hands the bot's replies to the channel's sender.
 */
public final class ReceiveChannelMessageService implements ReceiveChannelMessage {

    /** Another client (REST, WebSocket) may take a turn of the same conversation meanwhile; then we try again. */
    private static final int TURN_ATTEMPTS = 3;

    private final ChannelStore store;
    private final StartConversation start;
    private final SendMessage send;
    private final ReadConversation read;
    private final ChannelSender sender;
    private final Clock clock;
    private final ConversationLanes lanes;
    private final Optional<MediaIntake> media;
    private final Set<Delivery> queued = ConcurrentHashMap.newKeySet();

    /** What identifies a delivery: the inbox's key. */
    private record Delivery(String bot, String channel, String id) {
        static Delivery of(ChannelUpdate update) {
            return new Delivery(update.from().botId().value(), update.from().channel().key(), update.deliveryId());
        }
    }

    /** Without media intake: a file is heard as its caption or its provider reference, never fetched. */
    public ReceiveChannelMessageService(ChannelStore store, StartConversation start, SendMessage send,
                                        ReadConversation read, ChannelSender sender, Executor executor, Clock clock) {
        this(store, start, send, read, sender, Optional.empty(), executor, clock);
    }

    public ReceiveChannelMessageService(ChannelStore store, StartConversation start, SendMessage send,
                                        ReadConversation read, ChannelSender sender, MediaIntake media,
                                        Executor executor, Clock clock) {
        this(store, start, send, read, sender, Optional.of(media), executor, clock);
    }

    private ReceiveChannelMessageService(ChannelStore store, StartConversation start, SendMessage send,
                                         ReadConversation read, ChannelSender sender, Optional<MediaIntake> media,
                                         Executor executor, Clock clock) {
        this.media = Objects.requireNonNull(media, "media");
        this.store = Objects.requireNonNull(store, "store");
        this.start = Objects.requireNonNull(start, "start");
        this.send = Objects.requireNonNull(send, "send");
        this.read = Objects.requireNonNull(read, "read");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lanes = new ConversationLanes(Objects.requireNonNull(executor, "executor"));
    }

    @Override
    public Receipt receive(ChannelUpdate update) {
        if (!store.takeDelivery(update, clock.instant())) return Receipt.DUPLICATE;
        queue(update);
        return Receipt.ACCEPTED;
    }

    /** Queues an update taken earlier and never answered (its server died), unless it is queued here already. */
    boolean resume(ChannelUpdate update) {
        return queue(update);
    }

    private boolean queue(ChannelUpdate update) {
        Delivery delivery = Delivery.of(update);
        if (!queued.add(delivery)) return false;
        lanes.submit(update.from(), () -> attempt(update))
                .whenComplete((ignored, failure) -> queued.remove(delivery));
        return true;
    }

    // A failed turn is answered too: a replay is for a server that died, not for a dialog that throws.
    private CompletionStage<Void> attempt(ChannelUpdate update) {
        CompletionStage<Void> sent;
        try {
            sent = answer(update);
        } catch (RuntimeException failure) {
            sent = CompletableFuture.failedFuture(failure);
        }
        return sent.whenComplete((ignored, failure) -> {
            if (failure != null) store.answered(update, clock.instant());
        });
    }

    private CompletionStage<Void> answer(ChannelUpdate update) {
        CompletionStage<Heard> heard = media.map(intake -> intake.hear(update))
                .orElseGet(() -> CompletableFuture.completedFuture(new Heard.Answer(update.message().answer())));
        return heard.thenCompose(what -> {
            List<OutboundMessage> replies = switch (what) {
                case Heard.Answer answer -> replies(converse(update.from(), answer.text()));
                case Heard.Refusal refusal -> List.of(new OutboundMessage.Text(refusal.reply()));
            };
            // The turn is committed: replaying the update now would tell the dialog the same thing twice.
            store.answered(update, clock.instant());
            return replies.isEmpty() ? CompletableFuture.completedFuture(null) : sender.send(update.from(), replies);
        });
    }

    private static List<OutboundMessage> replies(TurnResult turn) {
        return OutboundMessage.forTurn(turn.replies().stream().map(Message::content).toList(), turn.suggestions());
    }

    private TurnResult converse(ChannelAddress from, String text) {
        Optional<ConversationId> open = store.conversationOf(from).filter(this::isOpen);
        for (int attempt = 1; open.isPresent() && attempt <= TURN_ATTEMPTS; attempt++) {
            try {
                return send.send(new SendMessageCommand(open.get(), text));
            } catch (ConcurrentTurnException e) {
                if (attempt == TURN_ATTEMPTS) throw e;
            } catch (UnknownConversationException e) {
                open = Optional.empty();
            }
        }
        TurnResult started = start.start(StartConversationCommand.openedBy(from.botId(), from.conversationUserId(), text));
        store.link(from, started.conversationId(), clock.instant());
        return started;
    }

    private boolean isOpen(ConversationId id) {
        try {
            return read.read(id).status() != ConversationStatus.ENDED;
        } catch (UnknownConversationException e) {
            return false;
        }
    }
}
