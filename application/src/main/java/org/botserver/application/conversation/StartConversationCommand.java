package org.botserver.application.conversation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.domain.bot.BotId;

/**
 * Start a conversation with a bot, for a known user or, without a user id, an anonymous one; with the
 * message that opened it when the user wrote first (a channel user has no "new chat" button), so it is kept
 * in the history ahead of the bot's greeting.
 */
public record StartConversationCommand(BotId botId, String userId, Optional<String> openingMessage) {

    static final int MAX_USER_ID_LENGTH = 200;

    public StartConversationCommand {
        if (botId == null) throw new InvalidCommandException("A bot id is required.");
        if (userId == null) userId = "anon-" + UUID.randomUUID();
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new InvalidCommandException("A user id is 1 to " + MAX_USER_ID_LENGTH + " characters, not blank.");
        }
        openingMessage = openingMessage == null ? Optional.empty() : openingMessage.filter(text -> !text.isEmpty());
        if (openingMessage.filter(text -> text.getBytes(StandardCharsets.UTF_8).length
                > SendMessageCommand.MAX_CONTENT_BYTES).isPresent()) {
            throw new InvalidCommandException("A message may be at most 64 KiB (" + SendMessageCommand.MAX_CONTENT_BYTES
                    + " bytes of UTF-8 text).");
        }
    }

    /** A conversation the bot opens (a web chat's start button): nothing from the user yet. */
    public StartConversationCommand(BotId botId, String userId) {
        this(botId, userId, Optional.empty());
    }

    /** A conversation the user opened by writing {@code message}. */
    public static StartConversationCommand openedBy(BotId botId, String userId, String message) {
        return new StartConversationCommand(botId, userId, Optional.of(message));
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
