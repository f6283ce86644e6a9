package org.botserver.application.channel;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.botserver.application.channel.MediaIntake.Heard;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Message;

/**
 * Takes each webhook delivery once into the inbox, then per channel user in order: takes the user's turn in their
 * channel conversation, marks the delivery answered and hands the bot's replies to the channel's sender.
 */
public final class ReceiveChannelMessageService implements ReceiveChannelMessage {

    private final ChannelStore store;
    private final ChannelConversations conversations;
    private final ChannelSender sender;
    private final Clock clock;
    private final ConversationLanes lanes;
    private final Optional<MediaIntake> media;

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
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.conversations = new ChannelConversations(store, Objects.requireNonNull(start, "start"),
                Objects.requireNonNull(send, "send"), Objects.requireNonNull(read, "read"), clock);
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
        List<String> delivery = List.of(update.from().botId().value(), update.from().channel().key(), update.deliveryId());
        return lanes.submitOnce(delivery, update.from(), () -> attempt(update));
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
                case Heard.Answer answer -> replies(conversations.converse(update.from(), answer.text()));
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
}
