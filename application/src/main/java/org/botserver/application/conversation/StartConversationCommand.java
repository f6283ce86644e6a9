package org.botserver.application.conversation;

import java.util.UUID;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.BotId;

/** Start a conversation with a bot, for a known user or, without a user id, an anonymous one. */
public record StartConversationCommand(BotId botId, String userId) {

    static final int MAX_USER_ID_LENGTH = 200;

    public StartConversationCommand {
        if (botId == null) throw new InvalidCommandException("A bot id is required.");
        if (userId == null) userId = "anon-" + UUID.randomUUID();
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new InvalidCommandException("A user id is 1 to " + MAX_USER_ID_LENGTH + " characters, not blank.");
        }
    }

    /**
     * The command from client input: a missing bot id is invalid, while a malformed one simply names no bot
     * on this server.
     */
    public static StartConversationCommand of(String botId, String userId) {
        if (botId == null || botId.isBlank()) throw new InvalidCommandException("A bot id is required.");
        if (!BotId.isValid(botId)) throw new UnknownBotException(botId);
        return new StartConversationCommand(new BotId(botId), userId);
    }
}
