package org.botserver.application.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** What goes wrong with a request is a plain runtime error of the keyword, never a crash of the conversation. */
class HttpFailuresTest {

    private final ScriptedHttpFetcher fetcher = new ScriptedHttpFetcher();
    private final InMemoryCacheStore cache = new InMemoryCacheStore();
    private final HttpKeywordsHandler http = new HttpKeywordsHandler(fetcher, cache);
    private final TurnScope scope = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");

    private CapabilityResult perform(String keyword, String... arguments) {
        List<Value> values = java.util.Arrays.stream(arguments).<Value>map(TextValue::new).toList();
        return http.perform(new Effect.Capability(keyword, values), scope);
    }

    @Test
    void a_status_outside_2xx_fails_with_the_status_its_reason_and_the_start_of_the_answer() {
        fetcher.answer(404, "application/json", "{\"error\":\n  \"no such order\"}");

        assertEquals(new CapabilityResult.Failed("https://api.example.com/orders/9 answered 404 Not Found: "
                        + "{\"error\": \"no such order\"}"), perform("GET", "https://api.example.com/orders/9"));
    }

    @Test
    void a_long_error_answer_is_cut_in_the_message() {
        fetcher.answer(500, "text/html", "x".repeat(5000));

        String message = ((CapabilityResult.Failed) perform("DELETE", "https://api.example.com/a")).message();

        assertTrue(message.startsWith("https://api.example.com/a answered 500 Internal Server Error: xxx"), message);
        assertTrue(message.length() < 300, message);
    }

    @Test
    void a_request_the_port_could_not_make_fails_with_the_ports_reason() {
        fetcher.failWith("the address 127.0.0.1 is a loopback address, which bots may not reach.");

        assertEquals(new CapabilityResult.Failed("the address 127.0.0.1 is a loopback address, which bots may not reach."),
                perform("GET", "http://127.0.0.1/admin"));
    }

    @Test
    void an_answer_that_says_json_but_is_not_is_an_error() {
        fetcher.answer(200, "application/json", "{oops");

        String message = ((CapabilityResult.Failed) perform("GET", "https://api.example.com/")).message();

        assertTrue(message.startsWith("the answer says it is JSON but is not ("), message);
    }

    @Test
    void only_web_addresses_are_fetched_and_nothing_is_sent_for_others() {
        for (String address : List.of("file:///etc/passwd", "ftp://example.com/x", "example.com/x", "https://", "http://[oops")) {
            assertEquals(new CapabilityResult.Failed("\"" + address + "\" is not a web address; write it as \"https://example.com/path\"."),
                    perform("GET", address), address);
        }
        assertEquals(List.of(), fetcher.requests);
    }

    @Test
    void a_wrong_number_of_arguments_shows_how_the_keyword_is_written() {
        assertEquals(new CapabilityResult.Failed("POST needs an address and a body: POST \"https://example.com/items\", item."),
                perform("POST", "https://api.example.com/"));
        assertEquals(new CapabilityResult.Failed("GET needs one address: GET \"https://example.com/items\"."),
                perform("GET", "https://api.example.com/", "extra"));
        assertEquals(List.of(), fetcher.requests);
    }

    @Test
    void an_unreachable_cache_for_the_headers_is_a_plain_error() {
        cache.goDown();

        assertEquals(new CapabilityResult.Failed("the headers set with SET HEADER could not be reached just now; please try again later."),
                perform("GET", "https://api.example.com/"));
    }
}
