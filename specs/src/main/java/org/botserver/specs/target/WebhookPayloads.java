package org.botserver.specs.target;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;

/**
 * The bodies the providers post to a bot's webhooks, shaped as Meta's "Webhooks: messages" reference and
 * Telegram's {@code Update} describe them: a text message, or the press of a reply button, list row or inline key.
 */
final class WebhookPayloads {

    /** The Unix time the deliveries claim; the server does not read it. */
    private static final long SENT_AT = 1_764_064_800L;

    private WebhookPayloads() {
    }

    static String whatsApp(ChannelMessage message, String phoneNumberId) {
        String user = message.from().id();
        JsonObjectBuilder inbound = Json.createObjectBuilder().add("from", user).add("id", "wamid.specs-" + message.deliveryId())
                .add("timestamp", String.valueOf(SENT_AT));
        message.press().ifPresentOrElse(choice -> {
            // Up to three choices come as reply buttons, more as a list; the server reads either from its type.
            JsonObject reply = Json.createObjectBuilder().add("id", choice.value()).add("title", choice.label()).build();
            inbound.add("type", "interactive").add("interactive", Json.createObjectBuilder()
                    .add("type", "button_reply").add("button_reply", reply));
        }, () -> inbound.add("type", "text").add("text", Json.createObjectBuilder().add("body", message.text())));
        JsonObject value = Json.createObjectBuilder().add("messaging_product", "whatsapp")
                .add("metadata", Json.createObjectBuilder().add("display_phone_number", "15550783881")
                        .add("phone_number_id", phoneNumberId))
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("profile", Json.createObjectBuilder().add("name", "Specs User")).add("wa_id", user)))
                .add("messages", Json.createArrayBuilder().add(inbound)).build();
        return Json.createObjectBuilder().add("object", "whatsapp_business_account")
                .add("entry", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "102290129340398")
                        .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("value", value).add("field", "messages")))))
                .build().toString();
    }

    static String telegram(ChannelMessage message) {
        BigInteger chat = new BigInteger(message.from().id());
        JsonObjectBuilder person = Json.createObjectBuilder().add("id", chat).add("is_bot", false).add("first_name", "Specs");
        JsonObjectBuilder update = Json.createObjectBuilder().add("update_id", new BigInteger(message.deliveryId()));
        JsonObjectBuilder chatObject = Json.createObjectBuilder().add("id", chat).add("type", "private");
        if (message.press().isPresent()) {
            update.add("callback_query", Json.createObjectBuilder().add("id", "cb-" + message.deliveryId())
                    .add("from", person).add("chat_instance", "1").add("data", message.press().get().value())
                    .add("message", Json.createObjectBuilder().add("message_id", 1).add("chat", chatObject)
                            .add("date", SENT_AT).add("text", "…")));
        } else {
            update.add("message", Json.createObjectBuilder().add("message_id", 1).add("from", person)
                    .add("chat", chatObject).add("date", SENT_AT).add("text", message.text()));
        }
        return update.build().toString();
    }
}
