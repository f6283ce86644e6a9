package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;
import org.botserver.application.access.ConversationTokens;

/** A conversation token and when it expires; send it as {@code X-Conversation-Token}, renew it before then. */
public record TokenResponse(@JsonbProperty("conversation_token") String conversationToken,
                            @JsonbProperty("expires_at") String expiresAt) {

    static TokenResponse of(ConversationTokens.IssuedToken token) {
        return new TokenResponse(token.value(), token.expiresAt().toString());
    }
}
