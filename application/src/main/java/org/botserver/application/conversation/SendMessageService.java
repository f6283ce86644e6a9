package org.botserver.application.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.PickedTool;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnScope;

/**
 * Takes the user's message: resumes the dialog waiting in HEAR with it, or, when no dialog waits, lets the
 * answer outside dialogs (the language model) reply; either way the conversation, its session settings and
 * the turn's messages are saved together, once.
 */
public final class SendMessageService implements SendMessage {

    static final String ENDED_REPLY = "This conversation has ended. Start a new conversation to talk to the bot again.";

    private final ConversationStore store;
    private final BotCatalog bots;
    private final Clock clock;
    private final Limits limits;
    private final Capabilities capabilities;
    private final AnswerOutsideDialog outsideDialog;

    /** A server with dialogs only: a message no dialog waits for is told the conversation has ended. */
    public SendMessageService(ConversationStore store, BotCatalog bots, Clock clock, Limits limits,
                              Capabilities capabilities) {
        this(store, bots, clock, limits, capabilities, AnswerOutsideDialog.dialogsOnly(ENDED_REPLY));
    }

    public SendMessageService(ConversationStore store, BotCatalog bots, Clock clock, Limits limits,
                              Capabilities capabilities, AnswerOutsideDialog outsideDialog) {
        this.store = Objects.requireNonNull(store, "store");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.outsideDialog = Objects.requireNonNull(outsideDialog, "outsideDialog");
    }

    @Override
    public TurnResult send(SendMessageCommand command, ReplyStream stream) {
        Conversation conversation = store.find(command.conversationId())
                .orElseThrow(() -> new UnknownConversationException(command.conversationId().toString()));
        Instant now = clock.instant();
        TurnOutcome outcome = step(conversation, command.content(), stream);
        return TurnRecord.save(store, conversation, Optional.of(command.content()), outcome, now);
    }

    private TurnOutcome step(Conversation conversation, String content, ReplyStream stream) {
        return bots.find(conversation.botId())
                .map(bot -> conversation.isAwaitingInput()
                        ? DialogTurn.resume(bot, conversation.dialogState(), content, conversation.session(), limits,
                                capabilities, TurnScope.of(conversation))
                        : PickedTool.in(content, conversation.session())
                                .map(picked -> DialogTurn.runPickedTool(bot, picked, conversation.session(), limits,
                                        capabilities, TurnScope.of(conversation)))
                                .orElseGet(() -> outsideDialog.answer(bot, conversation, content, stream)))
                .orElseGet(() -> TurnOutcome.endedWith("The bot " + conversation.botId()
                        + " is no longer available on this server, so this conversation has ended.",
                        conversation.session()));
    }
}
