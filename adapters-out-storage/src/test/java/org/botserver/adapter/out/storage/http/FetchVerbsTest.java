package org.botserver.adapter.out.storage.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.botserver.application.http.FetchRequest;
import org.botserver.application.http.FetchResponse;
import org.botserver.application.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each method reaches a real local server with its headers and body, and the whole answer comes back, whatever its status. */
class FetchVerbsTest {

    private final LocalHttpServer server = LocalHttpServer.start();
    private final OkHttpFetcher fetcher = OkHttpFetcher.create(new HttpClientSettings(HttpClientSettings.DEFAULT_TIMEOUT,
            HttpClientSettings.DEFAULT_MAX_RESPONSE_BYTES, 5, new AllowedHosts(Set.of("127.0.0.1:" + server.port()))));

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    private FetchResponse send(HttpMethod method, String path, Map<String, String> headers, String body, String type) {
        return fetcher.fetch(new FetchRequest(method, URI.create(server.url(path)), headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), type));
    }

    @Test
    void get_returns_the_status_type_and_body_and_sends_the_headers_set() {
        server.on("/users/1", 200, "application/json", "{\"name\":\"Ana\"}");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer t0k");
        headers.put("X-Shop", "corner");

        FetchResponse answer = send(HttpMethod.GET, "/users/1", headers, null, null);

        assertEquals(200, answer.status());
        assertEquals("application/json", answer.contentType());
        assertEquals("{\"name\":\"Ana\"}", answer.text());
        LocalHttpServer.Received received = server.received.getFirst();
        assertEquals("GET", received.method());
        assertEquals("Bearer t0k", received.header("Authorization"));
        assertEquals("corner", received.header("X-Shop"));
        assertEquals("BotServer", received.header("User-Agent"));
    }

    @Test
    void post_put_and_patch_send_their_body_with_its_content_type() {
        server.on("/orders", 201, "text/plain; charset=utf-8", "created");

        for (HttpMethod method : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH}) {
            FetchResponse answer = send(method, "/orders", Map.of(), "{\"item\":\"chá\"}", "application/json; charset=utf-8");

            assertEquals(201, answer.status());
            assertEquals("created", answer.text());
            LocalHttpServer.Received received = server.received.getLast();
            assertEquals(method.name(), received.method());
            assertEquals("{\"item\":\"chá\"}", received.body());
            assertEquals("application/json; charset=utf-8", received.header("Content-Type"));
        }
    }

    @Test
    void delete_sends_no_body_and_an_empty_answer_is_empty() {
        server.on("/orders/7", 204, "", "");

        FetchResponse answer = send(HttpMethod.DELETE, "/orders/7", Map.of(), null, null);

        assertEquals(204, answer.status());
        assertEquals(0, answer.body().length);
        assertEquals("DELETE", server.received.getFirst().method());
        assertEquals("", server.received.getFirst().body());
    }

    @Test
    void an_error_status_is_an_answer_not_a_failure() {
        server.on("/missing", 404, "text/plain", "no such order");

        FetchResponse answer = send(HttpMethod.GET, "/missing", Map.of(), null, null);

        assertEquals(404, answer.status());
        assertEquals("Not Found", answer.reason());
        assertEquals("no such order", answer.text());
    }

    @Test
    void a_gzip_answer_comes_back_decoded() {
        server.gzipped("/packed", "Olá, packed");

        FetchResponse answer = send(HttpMethod.GET, "/packed", Map.of(), null, null);

        assertEquals("Olá, packed", answer.text());
        assertEquals("gzip", server.received.getFirst().header("Accept-Encoding"));
    }

    @Test
    void text_in_another_charset_is_read_in_it() {
        server.on("/latin", e -> {
            e.getResponseHeaders().add("Content-Type", "text/plain; charset=ISO-8859-1");
            byte[] bytes = "açaí".getBytes(StandardCharsets.ISO_8859_1);
            e.sendResponseHeaders(200, bytes.length);
            e.getResponseBody().write(bytes);
        });

        assertEquals("açaí", send(HttpMethod.GET, "/latin", Map.of(), null, null).text());
    }
}
