package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.botserver.application.access.ConversationTokens;
import org.botserver.application.conversation.TurnResult;

/**
 * Answer to a start: the new conversation (its id is also the session id), its status, the first replies, and
 * the conversation token every later call on it must carry unless the caller is its signed-in owner.
 */
public record StartResponse(@JsonbProperty("conversation_id") String conversationId,
                            @JsonbProperty("session_id") String sessionId, String status, List<ReplyJson> replies,
                            List<SuggestionJson> suggestions,
                            @JsonbProperty("conversation_token") String conversationToken,
                            @JsonbProperty("token_expires_at") String tokenExpiresAt) {

    static StartResponse of(TurnResult turn, ConversationTokens.IssuedToken token) {
        String id = turn.conversationId().toString();
        return new StartResponse(id, id, StatusJson.of(turn.status()),
                turn.replies().stream().map(ReplyJson::of).toList(),
                turn.suggestions().stream().map(SuggestionJson::of).toList(), token.value(),
                token.expiresAt().toString());
    }
}
