package org.botserver.application.conversation;

import java.time.Instant;
import java.util.Objects;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;

/** One line of a user's conversation list: which conversation, with which bot, when started and last active. */
public record ConversationOverview(ConversationId id, BotId botId, ConversationStatus status, Instant startedAt,
                                   Instant lastActivity) {

    public ConversationOverview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastActivity, "lastActivity");
    }
}
