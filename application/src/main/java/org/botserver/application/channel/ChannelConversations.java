package org.botserver.application.channel;

import java.time.Clock;
import java.util.Optional;
import org.botserver.application.conversation.ConcurrentTurnException;
import org.botserver.application.conversation.ReadConversation;
import org.botserver.application.conversation.SendMessage;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.StartConversation;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.conversation.UnknownConversationException;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;

/**
 * Takes a channel user's turn: continues their open conversation with the text, or starts a new one when they have
 * none or it has ended (a channel has no "new chat" button).
 */
final class ChannelConversations {

    /** Another client (REST, WebSocket) may take a turn of the same conversation meanwhile; then we try again. */
    private static final int TURN_ATTEMPTS = 3;

    private final ChannelStore store;
    private final StartConversation start;
    private final SendMessage send;
    private final ReadConversation read;
    private final Clock clock;

    ChannelConversations(ChannelStore store, StartConversation start, SendMessage send, ReadConversation read,
                         Clock clock) {
        this.store = store;
        this.start = start;
        this.send = send;
        this.read = read;
        this.clock = clock;
    }

    TurnResult converse(ChannelAddress from, String text) {
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
