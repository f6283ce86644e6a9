package org.botserver.adapter.in.channel.whatsapp;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.Suggestion;

/**
 * The Cloud API request bodies for a message: text; up to three choices as reply buttons; more as a list
 * message (ten rows per list, further lists for the rest); media by link.
 */
final class WhatsAppMessages {

    static final int MAX_BUTTONS = 3;
    static final int MAX_ROWS = 10;
    private static final int BUTTON_TITLE = 20;
    private static final int ROW_TITLE = 24;

    private WhatsAppMessages() {
    }

    static List<JsonObject> bodies(String to, OutboundMessage message) {
        return switch (message) {
            case OutboundMessage.Text text -> List.of(base(to, "text")
                    .add("text", Json.createObjectBuilder().add("preview_url", false).add("body", WhatsAppFormat.of(text.text())))
                    .build());
            case OutboundMessage.Choices choices when choices.options().size() <= MAX_BUTTONS -> List.of(buttons(to, choices));
            case OutboundMessage.Choices choices -> lists(to, choices);
            case OutboundMessage.Media media -> List.of(media(to, media));
        };
    }

    private static JsonObject buttons(String to, OutboundMessage.Choices choices) {
        JsonArrayBuilder buttons = Json.createArrayBuilder();
        for (Suggestion option : choices.options()) {
            buttons.add(Json.createObjectBuilder().add("type", "reply").add("reply", Json.createObjectBuilder()
                    .add("id", option.value()).add("title", shorten(option.label(), BUTTON_TITLE))));
        }
        return interactive(to, "button", choices.text(), Json.createObjectBuilder().add("buttons", buttons));
    }

    private static List<JsonObject> lists(String to, OutboundMessage.Choices choices) {
        List<JsonObject> bodies = new ArrayList<>();
        List<Suggestion> options = choices.options();
        for (int from = 0; from < options.size(); from += MAX_ROWS) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (Suggestion option : options.subList(from, Math.min(options.size(), from + MAX_ROWS))) {
                rows.add(Json.createObjectBuilder().add("id", option.value()).add("title", shorten(option.label(), ROW_TITLE)));
            }
            String text = from == 0 ? choices.text() : "More choices:";
            bodies.add(interactive(to, "list", text, Json.createObjectBuilder().add("button", "Choose")
                    .add("sections", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("title", "Choices").add("rows", rows)))));
        }
        return bodies;
    }

    private static JsonObject interactive(String to, String type, String text, JsonObjectBuilder action) {
        return base(to, "interactive").add("interactive", Json.createObjectBuilder().add("type", type)
                .add("body", Json.createObjectBuilder().add("text", WhatsAppFormat.of(text)))
                .add("action", action)).build();
    }

    private static JsonObject media(String to, OutboundMessage.Media media) {
        String type = media.kind().name().toLowerCase(Locale.ROOT);
        JsonObjectBuilder content = Json.createObjectBuilder().add("link", media.url());
        // Audio messages have no caption in the Cloud API.
        if (!media.caption().isEmpty() && !type.equals("audio")) content.add("caption", WhatsAppFormat.of(media.caption()));
        return base(to, type).add(type, content).build();
    }

    private static JsonObjectBuilder base(String to, String type) {
        return Json.createObjectBuilder().add("messaging_product", "whatsapp").add("recipient_type", "individual")
                .add("to", to).add("type", type);
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }
}
