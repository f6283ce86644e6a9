package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.botserver.application.conversation.TurnResult;
import org.botserver.domain.conversation.Message;

/**
 * Answer to a message: the stored message's id and time, the new status, the bot's replies in order, and the
 * knowledge-base sources the answer was grounded in.
 */
public record MessageResponse(@JsonbProperty("message_id") String messageId, String timestamp, String status, List<ReplyJson> replies,
                              List<SuggestionJson> suggestions, List<String> sources) {

    static MessageResponse of(TurnResult turn) {
        Message sent = turn.userMessage().orElseThrow();
        return new MessageResponse(sent.id().toString(), sent.timestamp().toString(), StatusJson.of(turn.status()),
                turn.replies().stream().map(ReplyJson::of).toList(),
                turn.suggestions().stream().map(SuggestionJson::of).toList(), turn.sources());
    }
}
