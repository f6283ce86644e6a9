package org.botserver.application.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** SET HEADER adds a header to the later requests of the same conversation only. */
class SetHeaderTest {

    private final ScriptedHttpFetcher fetcher = new ScriptedHttpFetcher();
    private final HttpKeywordsHandler http = new HttpKeywordsHandler(fetcher, new InMemoryCacheStore());
    private final TurnScope ana = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");
    private final TurnScope bob = new TurnScope(new BotId("shop"), ConversationId.random(), "bob");

    private CapabilityResult perform(TurnScope scope, String keyword, Value... arguments) {
        return http.perform(new Effect.Capability(keyword, List.of(arguments)), scope);
    }

    private CapabilityResult setHeader(String name, Value value) {
        return perform(ana, "SET HEADER", new TextValue(name), value);
    }

    private Map<String, String> headersOfNextGet(TurnScope scope) {
        fetcher.answer(200, "text/plain", "ok");
        perform(scope, "GET", new TextValue("https://api.example.com/"));
        return fetcher.last().headers();
    }

    @Test
    void headers_go_with_every_later_request_of_the_conversation_in_the_order_set() {
        assertEquals(new CapabilityResult.Performed(NullValue.NULL), setHeader("Authorization", new TextValue("Bearer t0k")));
        setHeader("X-Shop", new TextValue("corner"));

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Authorization", "Bearer t0k");
        expected.put("X-Shop", "corner");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(headersOfNextGet(ana).entrySet()));
        assertEquals(expected, headersOfNextGet(ana));
    }

    @Test
    void another_conversation_does_not_get_them() {
        setHeader("Authorization", new TextValue("Bearer t0k"));

        assertEquals(Map.of(), headersOfNextGet(bob));
    }

    @Test
    void setting_a_name_again_in_any_case_replaces_it_and_an_empty_or_null_value_removes_it() {
        setHeader("X-Shop", new TextValue("corner"));
        setHeader("x-shop", new TextValue("square"));
        assertEquals(Map.of("x-shop", "square"), headersOfNextGet(ana));

        setHeader("X-SHOP", NullValue.NULL);
        assertEquals(Map.of(), headersOfNextGet(ana));
        setHeader("A", new TextValue("1"));
        setHeader("A", new TextValue(""));
        assertEquals(Map.of(), headersOfNextGet(ana));
    }

    @Test
    void a_content_type_set_by_the_dialog_wins_over_the_one_the_body_implies() {
        setHeader("Content-Type", new TextValue("application/json"));
        fetcher.answer(200, "text/plain", "ok");

        perform(ana, "POST", new TextValue("https://api.example.com/"), new TextValue("{\"raw\": true}"));

        assertEquals("application/json", fetcher.last().contentType());
    }

    @Test
    void a_header_that_breaks_a_rule_is_refused_with_the_rule() {
        assertEquals(new CapabilityResult.Failed("\"X Shop\" is not a header name (letters, digits and - only, like \"X-Api-Key\")."),
                setHeader("X Shop", new TextValue("a")));
        assertEquals(new CapabilityResult.Failed("the header Host is set by the server for each request and cannot be set by a dialog."),
                setHeader("Host", new TextValue("internal.example")));
        assertEquals(new CapabilityResult.Failed("the header accept-encoding is set by the server for each request and cannot be set by a dialog."),
                setHeader("accept-encoding", new TextValue("gzip")));
        assertEquals(new CapabilityResult.Failed("the value of the header X-A may hold only printable ASCII characters on one line."),
                setHeader("X-A", new TextValue("a\r\nX-Injected: 1")));
        assertEquals(new CapabilityResult.Failed("SET HEADER needs a name and a value: SET HEADER \"Authorization\", \"Bearer \" & token."),
                perform(ana, "SET HEADER", new TextValue("X-A")));
        assertEquals(Map.of(), headersOfNextGet(ana));
    }
}
