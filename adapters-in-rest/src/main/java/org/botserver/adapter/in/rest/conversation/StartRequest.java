package org.botserver.adapter.in.rest.conversation;

import jakarta.json.bind.annotation.JsonbProperty;

/** Body of {@code POST /api/conversations/start}: {@code {"bot_id": "hello", "user_id": "optional"}}. */
public record StartRequest(@JsonbProperty("bot_id") String botId, @JsonbProperty("user_id") String userId) {
}
