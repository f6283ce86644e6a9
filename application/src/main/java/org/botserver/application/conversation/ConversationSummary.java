package org.botserver.application.conversation;

import java.util.Objects;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;

/** A conversation at a glance: which it is, with which bot, and whether it waits for the user. */
public record ConversationSummary(ConversationId id, BotId botId, ConversationStatus status) {

    public ConversationSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(botId, "botId");
        Objects.requireNonNull(status, "status");
    }
}
