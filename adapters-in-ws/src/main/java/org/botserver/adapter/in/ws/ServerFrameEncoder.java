package org.botserver.adapter.in.ws;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.websocket.Encoder;

/** Writes server frames as JSON text with snake_case fields and a {@code type}. */
public class ServerFrameEncoder implements Encoder.Text<ServerFrame> {

    @Override
    public String encode(ServerFrame frame) {
        JsonObjectBuilder json = switch (frame) {
            case ServerFrame.Status status -> Json.createObjectBuilder().add("type", "status")
                    .add("status", status.status())
                    .add("conversation_id", status.conversationId())
                    .add("session_id", status.conversationId())
                    .add("bot_id", status.botId());
            case ServerFrame.BotMessage message -> Json.createObjectBuilder().add("type", "message")
                    .add("id", message.id())
                    .add("sender", "bot")
                    .add("content", message.content())
                    .add("timestamp", message.timestamp())
                    .add("complete", true);
            case ServerFrame.Chunk chunk -> Json.createObjectBuilder().add("type", "chunk").add("content", chunk.content());
            case ServerFrame.Suggestions suggestions -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                suggestions.offers().forEach(offer ->
                        list.add(Json.createObjectBuilder().add("value", offer.value()).add("label", offer.label())));
                yield Json.createObjectBuilder().add("type", "suggestions").add("suggestions", list);
            }
            case ServerFrame.Token token -> Json.createObjectBuilder().add("type", "token")
                    .add("conversation_token", token.conversationToken()).add("expires_at", token.expiresAt());
            case ServerFrame.Error error -> Json.createObjectBuilder().add("type", "error").add("message", error.message());
        };
        return json.build().toString();
    }
}
