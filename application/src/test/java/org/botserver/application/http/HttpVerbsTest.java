package org.botserver.application.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.botserver.application.cache.InMemoryCacheStore;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.ArrayValue;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.NumberValue;
import org.botserver.domain.basic.value.ObjectValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** Each HTTP keyword sends its request through the port, and a 2xx answer becomes the keyword's value. */
class HttpVerbsTest {

    private final ScriptedHttpFetcher fetcher = new ScriptedHttpFetcher();
    private final HttpKeywordsHandler http = new HttpKeywordsHandler(fetcher, new InMemoryCacheStore());
    private final TurnScope scope = new TurnScope(new BotId("shop"), ConversationId.random(), "ana");

    private CapabilityResult perform(String keyword, Value... arguments) {
        return http.perform(new Effect.Capability(keyword, List.of(arguments)), scope);
    }

    private static ObjectValue order() {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("item", new TextValue("tea"));
        fields.put("qty", NumberValue.of(2));
        return new ObjectValue(fields);
    }

    @Test
    void get_of_a_json_answer_gives_an_object_with_its_fields() {
        fetcher.json("{\"name\":\"Ana\",\"tags\":[\"vip\"],\"age\":41}");

        CapabilityResult result = perform("GET", new TextValue("https://api.example.com/users/1"));

        ObjectValue user = (ObjectValue) ((CapabilityResult.Performed) result).value();
        assertEquals("Ana", user.get("name").asText());
        assertEquals(new ArrayValue(List.of(new TextValue("vip"))), user.get("tags"));
        assertEquals(NumberValue.of(41), user.get("age"));
        assertEquals(FetchRequest.of(HttpMethod.GET, URI.create("https://api.example.com/users/1"), Map.of()), fetcher.last());
    }

    @Test
    void get_of_a_problem_json_array_gives_an_array() {
        fetcher.answer(200, "application/vnd.api+json; charset=utf-8", "[1, 2, 3]");

        CapabilityResult result = perform("GET", new TextValue("https://api.example.com/n"));

        assertEquals(3, ((ArrayValue) ((CapabilityResult.Performed) result).value()).size());
    }

    @Test
    void any_other_answer_is_text() {
        fetcher.answer(200, "text/html; charset=utf-8", "<p>Olá</p>");

        assertEquals(new CapabilityResult.Performed(new TextValue("<p>Olá</p>")),
                perform("GET", new TextValue("https://example.com/")));
    }

    @Test
    void text_naming_an_unknown_or_malformed_charset_is_read_as_utf8() {
        fetcher.answer(200, "text/plain; charset=no-such-set", "Olá").answer(200, "text/plain; charset=\"@@\"", "Olá");

        assertEquals(new CapabilityResult.Performed(new TextValue("Olá")), perform("GET", new TextValue("https://example.com/a")));
        assertEquals(new CapabilityResult.Performed(new TextValue("Olá")), perform("GET", new TextValue("https://example.com/b")));
    }

    @Test
    void post_of_an_object_sends_it_as_json() {
        fetcher.json("{\"id\":7}");

        CapabilityResult result = perform("POST", new TextValue("https://api.example.com/orders"), order());

        assertEquals(NumberValue.of(7), ((ObjectValue) ((CapabilityResult.Performed) result).value()).get("id"));
        assertEquals(HttpMethod.POST, fetcher.last().method());
        assertEquals("{\"item\":\"tea\",\"qty\":2}", fetcher.lastBody());
        assertEquals(HttpValues.JSON, fetcher.last().contentType());
    }

    @Test
    void put_of_an_array_sends_json_and_patch_of_text_sends_plain_text() {
        fetcher.answer(200, "text/plain", "ok").answer(200, "text/plain", "ok");

        perform("PUT", new TextValue("https://api.example.com/list"), new ArrayValue(List.of(order())));
        assertEquals("[{\"item\":\"tea\",\"qty\":2}]", fetcher.lastBody());
        assertEquals(HttpValues.JSON, fetcher.last().contentType());

        perform("PATCH", new TextValue("https://api.example.com/note"), new TextValue("shipped"));
        assertEquals(HttpMethod.PATCH, fetcher.last().method());
        assertEquals("shipped", fetcher.lastBody());
        assertEquals(HttpValues.TEXT, fetcher.last().contentType());
    }

    @Test
    void post_of_null_sends_an_empty_body() {
        fetcher.answer(201, "", "");

        assertEquals(new CapabilityResult.Performed(new TextValue("")),
                perform("POST", new TextValue("https://api.example.com/ping"), NullValue.NULL));
        assertEquals(0, fetcher.last().body().length);
    }

    @Test
    void delete_sends_no_body_and_an_empty_answer_is_empty_text() {
        fetcher.answer(204, "", "");

        assertEquals(new CapabilityResult.Performed(new TextValue("")),
                perform("DELETE", new TextValue("https://api.example.com/orders/7")));
        assertEquals(FetchRequest.of(HttpMethod.DELETE, URI.create("https://api.example.com/orders/7"), Map.of()), fetcher.last());
    }
}
