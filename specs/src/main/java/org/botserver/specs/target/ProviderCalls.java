package org.botserver.specs.target;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.domain.channel.Channel;

/**
 * Reads the sends a server made to the fake providers back into what the user saw: WhatsApp texts, reply buttons
 * and list rows; Telegram messages with their inline keyboard (or reply keyboard) keys.
 */
final class ProviderCalls {

    private ProviderCalls() {
    }

    /** The messages sent to the user, oldest first; a call for another user or of another kind is skipped. */
    static List<ChannelReply> repliesTo(ChannelUser user, List<FakeChannelProvider.Call> calls) {
        List<ChannelReply> replies = new ArrayList<>();
        for (FakeChannelProvider.Call call : calls) {
            Optional<ChannelReply> reply = user.channel() == Channel.WHATSAPP ? whatsApp(user, call) : telegram(user, call);
            reply.ifPresent(replies::add);
        }
        return replies;
    }

    private static Optional<ChannelReply> whatsApp(ChannelUser user, FakeChannelProvider.Call call) {
        JsonObject body = call.body();
        if (!call.path().endsWith("/messages") || !user.id().equals(body.getString("to", ""))) return Optional.empty();
        return switch (body.getString("type", "")) {
            case "text" -> Optional.of(new ChannelReply(body.getJsonObject("text").getString("body"), List.of()));
            case "interactive" -> {
                JsonObject interactive = body.getJsonObject("interactive");
                JsonObject action = interactive.getJsonObject("action");
                List<SuggestedReply> choices = new ArrayList<>();
                for (JsonValue button : action.getOrDefault("buttons", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                    JsonObject reply = button.asJsonObject().getJsonObject("reply");
                    choices.add(new SuggestedReply(reply.getString("id"), reply.getString("title")));
                }
                for (JsonValue section : action.getOrDefault("sections", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
                    for (JsonValue row : section.asJsonObject().getJsonArray("rows")) {
                        choices.add(new SuggestedReply(row.asJsonObject().getString("id"), row.asJsonObject().getString("title")));
                    }
                }
                yield Optional.of(new ChannelReply(interactive.getJsonObject("body").getString("text"), choices));
            }
            default -> Optional.of(new ChannelReply("[" + body.getString("type", "?") + "]", List.of()));
        };
    }

    private static Optional<ChannelReply> telegram(ChannelUser user, FakeChannelProvider.Call call) {
        JsonObject body = call.body();
        if (!call.path().endsWith("/sendMessage") || !user.id().equals(chatId(body))) return Optional.empty();
        List<SuggestedReply> choices = new ArrayList<>();
        JsonObject markup = body.getJsonObject("reply_markup");
        if (markup != null) {
            JsonArray rows = markup.containsKey("inline_keyboard") ? markup.getJsonArray("inline_keyboard")
                    : markup.getJsonArray("keyboard");
            for (JsonValue row : rows) {
                for (JsonValue key : row.asJsonArray()) {
                    String label = key.asJsonObject().getString("text");
                    // A reply keyboard has no callback data: pressing its key sends the label as text.
                    choices.add(new SuggestedReply(key.asJsonObject().getString("callback_data", label), label));
                }
            }
        }
        return Optional.of(new ChannelReply(unescaped(body.getString("text", "")), choices));
    }

    private static String chatId(JsonObject body) {
        JsonValue id = body.get("chat_id");
        return id == null ? "" : id instanceof JsonString text ? text.getString() : id.toString();
    }

    /** The server sends HTML (parse_mode HTML); the user reads the text, so the three escaped characters go back. */
    private static String unescaped(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
