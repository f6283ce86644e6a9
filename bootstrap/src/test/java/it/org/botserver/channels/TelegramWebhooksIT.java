package it.org.botserver.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Telegram on the real server: updates carrying the bot's secret token drive its dialog, the menu goes out as
 * an inline keyboard to a fake Bot API named in the bot's config.csv (telegram-api-url), and a key press
 * answers it; an update with the wrong secret is refused.
 */
class TelegramWebhooksIT {

    private static final String BOT = "tg-channel-it";
    private static final String SECRET = "it-webhook-secret";
    private static final AtomicLong UPDATES = new AtomicLong(System.currentTimeMillis() * 1000);
    private static FakeProvider telegram;
    private final ServerClient server = new ServerClient();
    private final long chat = ChannelBot.freshNumber();

    @BeforeAll
    static void deployTheBotAgainstAFakeBotApi() {
        telegram = new FakeProvider("/bot[^/]+/\\w+", """
                {"ok":true,"result":{"message_id":7,"chat":{"id":1,"type":"private"},"date":1441645532,"text":"x"}}""");
        ChannelBot.deploy(BOT, "telegram-bot-token", "123456:IT-token", "telegram-webhook-secret", SECRET,
                "telegram-api-url", telegram.baseUrl());
    }

    @AfterAll
    static void removeThem() {
        ChannelBot.remove(BOT);
        telegram.close();
    }

    @Test
    void an_update_with_the_secret_is_answered_and_the_menu_goes_out_as_an_inline_keyboard_a_press_answers() {
        assertEquals(200, deliver(text("/start"), SECRET).status());
        assertEquals("Hello! I am the channel bot. What is your name?", awaitMessages(1).get(0).getString("text"));

        deliver(text("Ana"), SECRET);
        JsonObject menu = awaitMessages(2).get(1);
        assertEquals("Nice to meet you, Ana! Which plan?", menu.getString("text"));
        assertEquals(List.of("Pro"), menu.getJsonObject("reply_markup").getJsonArray("inline_keyboard")
                .getJsonArray(1).getValuesAs(JsonObject.class).stream().map(k -> k.getString("callback_data")).toList());

        deliver(press("Pro"), SECRET);
        assertEquals("You chose Pro.", awaitMessages(3).get(2).getString("text"));
        telegram.awaitSent("/answerCallbackQuery", body -> body.getString("callback_query_id").equals("cb-" + chat), 1);
    }

    @Test
    void an_update_with_the_wrong_secret_is_refused_and_never_answered() {
        Reply refused = deliver(text("/start"), "not-the-secret");
        deliver(text("hello"), SECRET);

        assertEquals(403, refused.status(), refused.body());
        // Had the refused update been taken, its reply would come first in this chat's lane.
        awaitMessages(1);
        assertEquals(1, telegram.sent("/sendMessage", this::toChat).size());
    }

    private Reply deliver(String update, String secret) {
        return server.postWith("/api/channels/telegram/" + BOT, update, "X-Telegram-Bot-Api-Secret-Token", secret);
    }

    private List<JsonObject> awaitMessages(int count) {
        return telegram.awaitSent("/sendMessage", this::toChat, count);
    }

    private boolean toChat(JsonObject body) {
        return String.valueOf(chat).equals(body.get("chat_id").toString().replace("\"", ""));
    }

    /** An Update with a Message, shaped as in the Bot API reference. */
    private String text(String text) {
        return """
                {"update_id":%d,"message":{"message_id":1365,"from":{"id":%d,"is_bot":false,"first_name":"Ana"},
                "chat":{"id":%d,"first_name":"Ana","type":"private"},"date":1441645532,"text":"%s"}}"""
                .formatted(UPDATES.incrementAndGet(), chat, chat, text);
    }

    /** An Update with a CallbackQuery: the press of a key of the inline keyboard. */
    private String press(String data) {
        return """
                {"update_id":%d,"callback_query":{"id":"cb-%d","from":{"id":%d,"is_bot":false,"first_name":"Ana"},
                "message":{"message_id":1366,"chat":{"id":%d,"type":"private"},"date":1441645540,"text":"Which plan?"},
                "chat_instance":"-88888888888","data":"%s"}}""".formatted(UPDATES.incrementAndGet(), chat, chat, chat, data);
    }
}
