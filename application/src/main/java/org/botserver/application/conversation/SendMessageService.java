package org.botserver.application.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnTranscript;

/**
 * Takes the user's message: resumes the dialog waiting in HEAR with it, or, once the dialog has ended,
 * answers plainly; either way the conversation and the turn's messages are saved together, once.
 */
public final class SendMessageService implements SendMessage {

    static final String ENDED_REPLY = "This conversation has ended. Start a new conversation to talk to the bot again.";

    private final ConversationStore store;
    private final BotCatalog bots;
    private final Clock clock;
    private final Limits limits;

    public SendMessageService(ConversationStore store, BotCatalog bots, Clock clock, Limits limits) {
        this.store = Objects.requireNonNull(store, "store");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public TurnResult send(SendMessageCommand command) {
        Conversation conversation = store.find(command.conversationId())
                .orElseThrow(() -> new UnknownConversationException(command.conversationId().toString()));
        Instant now = clock.instant();
        TurnOutcome outcome = step(conversation, command.content());
        TurnLog.problemOf(conversation, outcome);
        TurnTranscript transcript = TurnTranscript.of(conversation.id(), Optional.of(command.content()),
                outcome.replies(), now);
        store.saveTurn(conversation.afterTurn(outcome.status(), outcome.dialogState(), now), transcript.all());
        return new TurnResult(conversation.id(), outcome.status(), transcript.userMessage(), transcript.replies(),
                outcome.suggestions());
    }

    private TurnOutcome step(Conversation conversation, String content) {
        if (!conversation.isAwaitingInput()) return TurnOutcome.endedWith(ENDED_REPLY);
        return bots.find(conversation.botId())
                .map(bot -> DialogTurn.resume(bot, conversation.dialogState(), content, limits))
                .orElseGet(() -> TurnOutcome.endedWith("The bot " + conversation.botId()
                        + " is no longer available on this server, so this conversation has ended."));
    }
}
