package org.botserver.specs.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The remote target reads the REST API's answers as the API documents them. */
class RemoteJsonTest {

    @Test
    void a_start_answer_gives_the_conversation_its_replies_in_order_and_the_offered_suggestions() {
        BotTurn turn = RemoteJson.startTurn("""
                {"conversation_id": "c-1", "session_id": "c-1", "status": "awaiting_input",
                 "replies": [{"type": "message", "content": "Hello!"}, {"type": "message", "content": "Plan?"}],
                 "suggestions": [{"value": "pro", "label": "Pro"}]}""");

        assertEquals(new BotTurn("c-1", TurnStatus.AWAITING_INPUT, List.of("Hello!", "Plan?"),
                List.of(new SuggestedReply("pro", "Pro")), List.of()), turn);
    }

    @Test
    void a_message_answer_without_suggestions_offers_none() {
        BotTurn turn = RemoteJson.messageTurn("c-1", """
                {"message_id": "m-1", "timestamp": "2025-03-01T10:15:30Z", "status": "ended",
                 "replies": [{"type": "message", "content": "Bye."}]}""");

        assertEquals(new BotTurn("c-1", TurnStatus.ENDED, List.of("Bye."), List.of(), List.of()), turn);
    }

    @Test
    void a_grounded_answer_carries_its_sources() {
        BotTurn turn = RemoteJson.messageTurn("c-1", """
                {"message_id": "m-1", "timestamp": "2025-03-01T10:15:30Z", "status": "ended",
                 "replies": [{"type": "message", "content": "30 days."}],
                 "sources": ["policies/refund.md", "policies/shipping.md"]}""");

        assertEquals(List.of("policies/refund.md", "policies/shipping.md"), turn.sources());
    }

    @Test
    void a_collection_is_indexed_when_every_document_is_done_and_nothing_runs() {
        String status = """
                [{"collection": "policies", "running": false, "documents_done": 2, "documents_total": 2, "chunks": 2,
                  "failures": []},
                 {"collection": "faq", "running": true, "documents_done": 1, "documents_total": 3, "chunks": 1,
                  "failures": []}]""";

        assertTrue(RemoteJson.knowledgeIndexed(status, "policies"));
        assertFalse(RemoteJson.knowledgeIndexed(status, "faq"));
        assertFalse(RemoteJson.knowledgeIndexed(status, "manuals"));
    }

    @Test
    void the_history_is_read_oldest_first_with_its_senders() {
        List<HistoryLine> lines = RemoteJson.history("""
                {"messages": [{"id": "1", "sender": "bot", "content": "Name?", "timestamp": "t"},
                              {"id": "2", "sender": "user", "content": "Ana", "timestamp": "t"}],
                 "has_more": false}""");

        assertEquals(List.of(new HistoryLine("bot", "Name?"), new HistoryLine("user", "Ana")), lines);
    }

    @Test
    void table_rows_read_as_the_in_process_target_gives_them() {
        assertEquals(List.of(Map.of("id", "1", "subject", "Fire", "priority", "2.5", "open", "TRUE", "owner", "")),
                RemoteJson.tableRows("[{\"id\":1,\"subject\":\"Fire\",\"priority\":2.5,\"open\":true,\"owner\":null}]"));
    }

    @Test
    void the_bot_list_gives_the_ids() {
        assertEquals(List.of("greeter", "plans"),
                RemoteJson.botIds("[{\"bot_id\": \"greeter\", \"name\": \"greeter\"}, {\"bot_id\": \"plans\", \"name\": \"Plans\"}]"));
    }

    @Test
    void a_problem_detail_becomes_its_plain_detail_with_the_status() {
        String problem = RemoteJson.problem("POST /api/conversations/start", 404, """
                {"type": "/problems/unknown-bot", "title": "Unknown bot", "status": 404,
                 "detail": "There is no bot 'nobody' on this server."}""");

        assertEquals("There is no bot 'nobody' on this server. (HTTP 404 for POST /api/conversations/start)", problem);
    }

    @Test
    void an_answer_that_is_not_a_problem_detail_is_shown_as_it_came() {
        String problem = RemoteJson.problem("GET /api/bots", 502, "<html>Bad Gateway</html>");

        assertEquals("HTTP 502 for GET /api/bots: <html>Bad Gateway</html>", problem);
    }

    @Test
    void an_unknown_status_is_reported_plainly() {
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> RemoteJson.messageTurn("c-1",
                "{\"status\": \"sleeping\", \"replies\": []}"));

        assertTrue(failure.getMessage().contains("unknown conversation status: sleeping"), failure.getMessage());
    }

    @Test
    void an_answer_missing_a_field_is_reported_plainly() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> RemoteJson.messageTurn("c-1", "{\"status\": \"ended\"}"));

        assertEquals("The server's answer is not shaped as the REST API v1 says: {\"status\": \"ended\"}",
                failure.getMessage());
    }
}
