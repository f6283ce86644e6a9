package org.botserver.adapter.out.persistence.postgres;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.ConversationStatus;
import org.botserver.domain.conversation.Message;
import org.botserver.domain.conversation.MessageId;
import org.botserver.domain.conversation.Sender;
import org.botserver.domain.conversation.SessionSettings;

/** Translates between the conversation aggregate and its rows; the schema's words are lower-case. */
final class RowMapper {

    private RowMapper() {}

    /**
     * The row of a conversation saved by this turn, carrying the version it will have once stored and its instants
     * to the microsecond, as SQL keeps them.
     */
    static ConversationRow toRow(Conversation conversation) {
        return new ConversationRow(conversation.id().value(), conversation.botId().value(), conversation.userId(),
                statusWord(conversation.status()), conversation.dialogState(), conversation.version() + 1,
                conversation.startedAt().truncatedTo(ChronoUnit.MICROS),
                conversation.updatedAt().truncatedTo(ChronoUnit.MICROS),
                conversation.session().tools().toArray(String[]::new), conversation.session().context().orElse(null),
                conversation.session().knowledgeBases().toArray(String[]::new));
    }

    static Conversation toConversation(ConversationRow row) {
        return Conversation.restore(new ConversationId(row.id), new BotId(row.botId), row.userId,
                ConversationStatus.valueOf(row.status.toUpperCase(Locale.ROOT)), row.dialogState,
                row.startedAt, row.updatedAt, row.version,
                new SessionSettings(List.of(row.sessionTools), Optional.ofNullable(row.sessionContext),
                        List.of(row.sessionKnowledgeBases)));
    }

    static MessageRow toRow(Message message) {
        return new MessageRow(message.id().value(), message.conversationId().value(),
                message.sender().name().toLowerCase(Locale.ROOT), message.content(), message.tokensUsed(),
                message.timestamp());
    }

    static Message toMessage(MessageRow row) {
        return new Message(new MessageId(row.id), new ConversationId(row.sessionId),
                Sender.valueOf(row.role.toUpperCase(Locale.ROOT)), row.content, row.createdAt, row.tokensUsed);
    }

    static String statusWord(ConversationStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
