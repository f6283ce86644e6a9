package org.botserver.application.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.botserver.application.bot.LoadedBots;
import org.botserver.application.bot.TestBots;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.application.capability.CapabilityRegistry;
import org.botserver.application.conversation.InMemoryConversationStore;
import org.botserver.application.conversation.SendMessageCommand;
import org.botserver.application.conversation.SendMessageService;
import org.botserver.application.conversation.StartConversationCommand;
import org.botserver.application.conversation.StartConversationService;
import org.botserver.application.conversation.TurnResult;
import org.botserver.application.memory.SessionGetHandler;
import org.botserver.application.table.InMemoryBotTables;
import org.botserver.application.table.TableKeywordsHandler;
import org.botserver.domain.basic.runtime.Limits;
import org.botserver.domain.conversation.Message;
import org.junit.jupiter.api.Test;

/**
 * Dialogs use the HTTP keywords next to the session GET and the table DELETE, keep their headers across a HEAR, and
 * may trap a failed request with ON ERROR RESUME NEXT.
 */
class HttpInDialogsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final ScriptedHttpFetcher fetcher = new ScriptedHttpFetcher();
    private final InMemoryBotTables tables = new InMemoryBotTables();
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final HttpKeywordsHandler http = new HttpKeywordsHandler(fetcher, new InMemoryCacheStore());
    private final CapabilityRegistry registry = new CapabilityRegistry(List.of(http, new SessionGetHandler(http),
            new TableKeywordsHandler(tables, List.of(), 1000, http)));

    private TurnResult start(String source) {
        LoadedBots bots = TestBots.catalog(TestBots.bot("shop", source));
        return new StartConversationService(store, bots, clock, Limits.defaults(), registry)
                .start(StartConversationCommand.of("shop", "ana"));
    }

    private TurnResult answer(TurnResult started, String source, String text) {
        LoadedBots bots = TestBots.catalog(TestBots.bot("shop", source));
        return new SendMessageService(store, bots, clock, Limits.defaults(), registry)
                .send(SendMessageCommand.of(started.conversationId().toString(), text));
    }

    private static List<String> replies(TurnResult turn) {
        return turn.replies().stream().map(Message::content).toList();
    }

    @Test
    void a_dialog_talks_a_field_of_the_json_it_got() {
        fetcher.json("{\"order\":{\"status\":\"shipped\"}}");

        assertEquals(List.of("Your order is shipped"), replies(start("""
                o = GET "https://api.example.com/orders/7"
                TALK "Your order is " & o.order.status
                """)));
    }

    @Test
    void headers_set_before_a_hear_go_with_the_request_after_it() {
        String source = """
                SET HEADER "Authorization", "Bearer t0k"
                HEAR id
                r = POST "https://api.example.com/lookups", { id: id }
                TALK r
                """;
        TurnResult started = start(source);
        fetcher.answer(200, "text/plain", "found");

        assertEquals(List.of("found"), replies(answer(started, source, "42")));
        assertEquals(Map.of("Authorization", "Bearer t0k"), fetcher.last().headers());
        assertEquals("{\"id\":\"42\"}", fetcher.lastBody());
    }

    @Test
    void a_trapped_failed_request_tells_the_dialog_why_and_it_goes_on() {
        fetcher.answer(404, "text/plain", "no such order");

        assertEquals(List.of("GET failed: https://api.example.com/orders/9 answered 404 Not Found: no such order", "still here"),
                replies(start("""
                        ON ERROR RESUME NEXT
                        o = GET "https://api.example.com/orders/9"
                        IF ERROR THEN TALK ERROR MESSAGE
                        TALK "still here"
                        """)));
    }

    @Test
    void delete_of_a_url_is_http_and_delete_of_a_table_stays_a_table_keyword() {
        fetcher.answer(204, "", "");

        assertEquals(List.of("http: [] rows: 1"), replies(start("""
                INSERT "orders", { sku: 7 }
                r = DELETE "HTTPS://api.example.com/orders/7"
                n = DELETE "orders", "sku = 7"
                TALK "http: [" & r & "] rows: " & n
                """)));
        assertEquals(URI.create("HTTPS://api.example.com/orders/7"), fetcher.last().url());
        assertEquals(HttpMethod.DELETE, fetcher.last().method());
    }

    @Test
    void get_of_a_session_value_stays_a_session_value() {
        assertEquals(List.of("ana"), replies(start("TALK GET \"session.user_id\"")));
        assertEquals(List.of(), fetcher.requests);
    }
}
