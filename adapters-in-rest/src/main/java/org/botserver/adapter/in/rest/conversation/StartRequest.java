package org.botserver.adapter.in.rest.conversation;

/** Body of {@code POST /api/conversations/start}: {@code {"bot_id": "hello", "user_id": "optional"}}. */
public record StartRequest(String botId, String userId) {
}
