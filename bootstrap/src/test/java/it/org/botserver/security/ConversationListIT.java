package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/conversations lists the signed-in user's conversations only; an admin may name a user. */
class ConversationListIT {

    private final String alice = "alice-" + UUID.randomUUID();
    private final String bob = "bob-" + UUID.randomUUID();
    private final ServerClient alices = new ServerClient().withBearer(TokenMint.token(alice, "user"));
    private final ServerClient bobs = new ServerClient().withBearer(TokenMint.token(bob, "user"));

    private static List<String> ids(Reply listed) {
        assertEquals(200, listed.status(), listed.body());
        return listed.json().getJsonArray("conversations").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("conversation_id")).toList();
    }

    @Test
    void a_user_sees_only_its_own_conversations_newest_first() {
        String first = alices.startHello();
        String second = alices.startHello();
        String bobsOwn = bobs.startHello();
        new ServerClient().startHello();

        Reply listed = alices.get("/api/conversations");

        assertEquals(List.of(second, first), ids(listed));
        JsonObject newest = listed.json().getJsonArray("conversations").getJsonObject(0);
        assertEquals("hello", newest.getString("bot_id"));
        assertFalse(newest.getString("started_at").isBlank());
        assertFalse(newest.getString("last_activity").isBlank());
        assertEquals(List.of(bobsOwn), ids(bobs.get("/api/conversations")));
    }

    @Test
    void pages_follow_each_other_with_before() {
        String first = alices.startHello();
        String second = alices.startHello();
        String third = alices.startHello();

        Reply page = alices.get("/api/conversations?limit=2");
        String before = page.json().getJsonArray("conversations").getJsonObject(1).getString("last_activity");

        assertEquals(List.of(third, second), ids(page));
        assertTrue(page.json().getBoolean("has_more"));
        assertEquals(List.of(first), ids(alices.get("/api/conversations?limit=2&before=" + before)));
    }

    @Test
    void a_user_asking_for_another_users_list_gets_a_403_problem_and_no_ids() {
        String alicesOwn = alices.startHello();

        Reply refused = bobs.get("/api/conversations?user=" + alice);

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertFalse(refused.body().contains(alicesOwn));
    }

    @Test
    void an_admin_lists_any_users_conversations() {
        String alicesOwn = alices.startHello();
        ServerClient admin = new ServerClient().withBearer(TokenMint.token("root", "admin"));

        assertEquals(List.of(alicesOwn), ids(admin.get("/api/conversations?user=" + alice)));
    }

    @Test
    void without_a_bearer_token_the_list_is_a_401_problem() {
        ServerClient anonymous = new ServerClient();
        String started = anonymous.startHello();

        Reply refused = anonymous.getWith("/api/conversations", "X-Conversation-Token", anonymous.tokenOf(started));

        assertEquals(401, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(401, new ServerClient().get("/api/conversations").status());
    }
}
