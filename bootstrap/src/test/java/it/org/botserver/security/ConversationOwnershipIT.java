package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.org.botserver.ServerClient;
import it.org.botserver.ServerClient.Reply;
import it.org.botserver.WsClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One anonymous client can never read, continue or stream another's conversation by guessing or swapping ids. */
class ConversationOwnershipIT {

    private final ServerClient mallory = new ServerClient();
    private final ServerClient victim = new ServerClient();

    private static final String MESSAGE = "{\"content\":\"Mallory\"}";

    @Test
    void a_token_of_one_conversation_neither_reads_nor_continues_another() {
        String victims = victim.startHello();
        String malloryToken = mallory.tokenOf(mallory.startHello());

        Reply read = mallory.getWith("/api/conversations/" + victims + "/history", "X-Conversation-Token", malloryToken);
        Reply sent = mallory.postWith("/api/conversations/" + victims + "/messages", MESSAGE,
                "X-Conversation-Token", malloryToken);
        Reply unknown = mallory.getWith("/api/conversations/" + UUID.randomUUID() + "/history",
                "X-Conversation-Token", malloryToken);

        assertEquals(404, read.status());
        assertEquals(404, sent.status());
        assertEquals(unknown.body().replaceAll("[0-9a-f-]{36}", "ID"), read.body().replaceAll("[0-9a-f-]{36}", "ID"),
                "a refusal must look like an unknown conversation");
        assertEquals(2, victim.get("/api/conversations/" + victims + "/history").json().getJsonArray("messages").size());
    }

    @Test
    void without_any_token_a_conversation_is_not_readable() {
        String victims = victim.startHello();

        Reply read = mallory.get("/api/conversations/" + victims + "/history");

        assertEquals(401, read.status());
        assertFalse(read.body().contains("hello bot"), read.body());
    }

    @Test
    void a_forged_token_is_refused() {
        String victims = victim.startHello();
        String forged = victim.tokenOf(victims).substring(0, victim.tokenOf(victims).lastIndexOf('.') + 1) + "AAAA";

        assertEquals(404, mallory.getWith("/api/conversations/" + victims + "/history", "X-Conversation-Token", forged)
                .status());
    }

    @Test
    void a_websocket_cannot_attach_to_another_clients_conversation() {
        String victims = victim.startHello();
        String malloryToken = mallory.tokenOf(mallory.startHello());

        try (WsClient ws = WsClient.connect("?session_id=" + victims + "&token=" + malloryToken)) {
            assertEquals("error", ws.next().getString("type"));
            assertEquals(1008, ws.closeCode());
        }
        try (WsClient ws = WsClient.connect("?session_id=" + victims)) {
            assertEquals("error", ws.next().getString("type"));
            assertEquals(1008, ws.closeCode());
        }
        assertEquals(2, victim.get("/api/conversations/" + victims + "/history").json().getJsonArray("messages").size());
    }

    @Test
    void the_owner_continues_over_websocket_with_its_token_and_renews_it() {
        String mine = victim.startHello();

        try (WsClient ws = WsClient.connect("?session_id=" + mine + "&token=" + victim.tokenOf(mine))) {
            assertEquals("awaiting_input", ws.next().getString("status"));
        }
        Reply renewed = victim.post("/api/conversations/" + mine + "/token", "application/json", "");
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(200, mallory.getWith("/api/conversations/" + mine + "/history", "X-Conversation-Token",
                renewed.json().getString("conversation_token")).status());
    }
}
