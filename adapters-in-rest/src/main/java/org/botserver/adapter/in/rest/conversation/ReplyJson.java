package org.botserver.adapter.in.rest.conversation;

import org.botserver.domain.conversation.Message;

/** One thing the bot said in a turn: {@code {"type": "message", "id", "sender": "bot", "content", "timestamp"}}. */
public record ReplyJson(String type, String id, String sender, String content, String timestamp) {

    static ReplyJson of(Message reply) {
        return new ReplyJson("message", reply.id().toString(), "bot", reply.content(), reply.timestamp().toString());
    }
}
