package it.org.botserver.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * WhatsApp on the real server: webhooks signed as Meta signs them drive the bot's dialog, whose replies reach a
 * fake Graph API named in the bot's config.csv (whatsapp-api-url); a bad signature or a retried delivery
 * changes nothing.
 */
class WhatsAppWebhooksIT {

    private static final String BOT = "wa-channel-it";
    private static final String SECRET = "it-app-secret";
    private static final String PHONE_ID = "106540352242922";
    private static FakeProvider graph;
    private final ServerClient server = new ServerClient();
    private final String user = String.valueOf(ChannelBot.freshNumber());

    @BeforeAll
    static void deployTheBotAgainstAFakeGraphApi() {
        graph = new FakeProvider("/v23\\.0/" + PHONE_ID + "/messages", """
                {"messaging_product":"whatsapp","contacts":[{"input":"1","wa_id":"1"}],"messages":[{"id":"wamid.sent"}]}""");
        ChannelBot.deploy(BOT, "whatsapp-app-secret", SECRET, "whatsapp-api-key", "EAAG-it-token",
                "whatsapp-phone-number-id", PHONE_ID, "whatsapp-api-url", graph.baseUrl());
    }

    @AfterAll
    static void removeThem() {
        ChannelBot.remove(BOT);
        graph.close();
    }

    @Test
    void a_signed_message_starts_the_dialog_its_answer_gets_the_menu_as_buttons_and_a_press_answers_it() {
        assertEquals(200, deliver(text("hi")).status());
        assertEquals("Hello! I am the channel bot. What is your name?", textOf(awaitReplies(1).get(0)));

        deliver(text("Ana"));
        JsonObject menu = awaitReplies(2).get(1);
        assertEquals("button", menu.getJsonObject("interactive").getString("type"));
        assertEquals("Nice to meet you, Ana! Which plan?", menu.getJsonObject("interactive").getJsonObject("body").getString("text"));
        assertEquals(List.of("Free", "Pro"), menu.getJsonObject("interactive").getJsonObject("action").getJsonArray("buttons")
                .getValuesAs(JsonObject.class).stream().map(b -> b.getJsonObject("reply").getString("id")).toList());

        deliver(buttonReply("Pro"));
        assertEquals("You chose Pro.", textOf(awaitReplies(3).get(2)));
    }

    @Test
    void a_badly_signed_message_is_refused_and_never_answered() {
        Reply refused = server.postWith(path(), text("hi"), "X-Hub-Signature-256", "sha256=" + "0".repeat(64));
        deliver(text("hello"));

        assertEquals(401, refused.status(), refused.body());
        // The user's lane answers in order, so had the refused message been taken, its reply would come first.
        awaitReplies(1);
        assertEquals(1, graph.sent("/messages", this::toUser).size());
    }

    @Test
    void a_delivery_meta_retries_is_answered_once() {
        String first = text("hi");
        assertEquals(200, deliver(first).status());
        assertEquals(200, deliver(first).status());
        deliver(text("Ana"));

        List<JsonObject> replies = awaitReplies(2);
        assertEquals("Hello! I am the channel bot. What is your name?", textOf(replies.get(0)));
        assertEquals("Nice to meet you, Ana! Which plan?", replies.get(1).getJsonObject("interactive")
                .getJsonObject("body").getString("text"));
        assertEquals(2, graph.sent("/messages", this::toUser).size());
    }

    @Test
    void an_image_is_fetched_through_the_graph_media_endpoint_kept_and_heard_as_its_description() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        String mediaId = String.valueOf(ChannelBot.freshNumber());
        graph.serve("/v23.0/" + mediaId, "application/json", """
                {"messaging_product":"whatsapp","url":"%s/attachments/?mid=%s","mime_type":"image/jpeg",
                "sha256":"x","file_size":%d,"id":"%s"}""".formatted(graph.baseUrl(), mediaId, jpeg.length, mediaId)
                .getBytes(StandardCharsets.UTF_8));
        graph.serve("/attachments/?mid=" + mediaId, "image/jpeg", jpeg);

        deliver(text("hi"));
        deliver(notification("""
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"image","image":{"caption":"me",
                "mime_type":"image/jpeg","sha256":"x","id":"%s"}}""".formatted(user, messageId(), mediaId)));

        String heard = awaitReplies(2).get(1).getJsonObject("interactive").getJsonObject("body").getString("text");
        assertTrue(heard.matches("Nice to meet you, \\{\"kind\":\"image\",\"mime_type\":\"image/jpeg\",\"file_name\":\"\","
                + "\"size\":10,\"caption\":\"me\",\"media\":\"media:[0-9a-f-]{36}\"}! Which plan\\?"), heard);
    }

    private Reply deliver(String body) {
        return server.postWith(path(), body, "X-Hub-Signature-256", sign(body));
    }

    private static String path() {
        return "/api/channels/whatsapp/" + BOT;
    }

    private List<JsonObject> awaitReplies(int count) {
        return graph.awaitSent("/messages", this::toUser, count);
    }

    private boolean toUser(JsonObject body) {
        return user.equals(body.getString("to", ""));
    }

    private static String textOf(JsonObject body) {
        return body.getJsonObject("text").getString("body");
    }

    private String text(String text) {
        return notification("""
                {"from":"%s","id":"%s","timestamp":"1749416383","type":"text","text":{"body":"%s"}}"""
                .formatted(user, messageId(), text));
    }

    private String buttonReply(String id) {
        return notification("""
                {"context":{"from":"15550783881","id":"wamid.previous"},"from":"%s","id":"%s","timestamp":"1749416383",
                "type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"%s","title":"%s"}}}"""
                .formatted(user, messageId(), id, id));
    }

    /** A notification shaped as in Meta's "Webhooks: messages" reference. */
    private String notification(String message) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"%s"}],"messages":[%s]},"field":"messages"}]}]}"""
                .formatted(PHONE_ID, user, message);
    }

    private static String messageId() {
        return "wamid.it-" + UUID.randomUUID();
    }

    /** X-Hub-Signature-256 as Meta computes it: HMAC-SHA256 of the raw body with the app secret, in hex. */
    private static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
