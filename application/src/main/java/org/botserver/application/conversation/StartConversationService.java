package org.botserver.application.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.conversation.Capabilities;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.DialogTurn;
import org.botserver.domain.conversation.TurnOutcome;
import org.botserver.domain.conversation.TurnScope;

/**
 * Starts a conversation: runs the bot's start dialog and saves the conversation with the message that opened it,
 * if any, and its first replies.
 */
public final class StartConversationService implements StartConversation {

    private final ConversationStore store;
    private final BotCatalog bots;
    private final Clock clock;
    private final Limits limits;
    private final Capabilities capabilities;

    public StartConversationService(ConversationStore store, BotCatalog bots, Clock clock, Limits limits,
                                    Capabilities capabilities) {
        this.store = Objects.requireNonNull(store, "store");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    }

    @Override
    public TurnResult start(StartConversationCommand command) {
        Bot bot = bots.find(command.botId()).orElseThrow(() -> new UnknownBotException(command.botId().value()));
        Instant now = clock.instant();
        Conversation conversation = Conversation.start(ConversationId.random(), bot.id(), command.userId(), now);
        TurnOutcome outcome = DialogTurn.start(bot, limits, capabilities, TurnScope.of(conversation));
        return TurnRecord.save(store, conversation, command.openingMessage(), outcome, now);
    }
}
