package it.org.botserver;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Talks HTTP to the Liberty server the build started, on the port the build reserved. */
public final class ServerClient {

    /** One HTTP exchange: status, content type and the raw body (JSON helpers parse it). */
    public record Reply(int status, String contentType, String body, long retryAfter) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, -1);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        /** The texts of a conversation answer's replies, in order. */
        public List<String> replyContents() {
            return json().getJsonArray("replies").stream().map(r -> r.asJsonObject().getString("content")).toList();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration READY_PATIENCE = Duration.ofMinutes(3);
    private static volatile boolean ready;
    private static final java.util.regex.Pattern CONVERSATION_PATH =
            java.util.regex.Pattern.compile("/api/conversations/([^/?]+)/.*");

    /** The conversation tokens this client got from its starts, sent back on every later call on them. */
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private String bearer;

    /** This client sends the bearer token on every request from now on (null: none). */
    public ServerClient withBearer(String token) {
        this.bearer = token;
        return this;
    }

    /** Remembers the conversation token of a conversation started elsewhere, e.g. over WebSocket. */
    public void remember(String conversationId, String token) {
        tokens.put(conversationId, token);
    }

    public String tokenOf(String conversationId) {
        return tokens.get(conversationId);
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("it.http.port", "9080"));
    }

    public static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public Reply get(String path) {
        return send(path, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET with exactly the given extra headers (name, value, ...) and no remembered token. */
    public Reply getWith(String path, String... headers) {
        awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) request.headers(headers);
        return exchange(request, Duration.ofSeconds(60));
    }

    /** A JSON POST with exactly the given extra headers (name, value, ...) and no remembered token. */
    public Reply postWith(String path, String json, String... headers) {
        awaitReady();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) request.headers(headers);
        return exchange(request, Duration.ofSeconds(60));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply post(String path, String contentType, String body) {
        Reply reply = send(path, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (path.equals("/api/conversations/start") && reply.status() == 201) {
            remember(reply.json().getString("conversation_id"), reply.json().getString("conversation_token"));
        }
        return reply;
    }

    /** Starts a conversation with the hello bot and returns its id. */
    public String startHello() {
        Reply started = postJson("/api/conversations/start", "{\"bot_id\":\"hello\"}");
        if (started.status() != 201) throw new AssertionError("start failed: " + started);
        return started.json().getString("conversation_id");
    }

    /** A JSON string literal for the text, quotes and control characters escaped. */
    public static String quote(String text) {
        return Json.createValue(text).toString();
    }

    /** Waits, once per test run, until the server answers its readiness check. */
    public static void awaitReady() {
        if (!ready) awaitReadiness();
    }

    private Reply send(String path, HttpRequest.Builder request) {
        awaitReady();
        if (bearer != null) request.header("Authorization", "Bearer " + bearer);
        var conversation = CONVERSATION_PATH.matcher(path);
        if (conversation.matches() && tokens.containsKey(conversation.group(1))) {
            request.header("X-Conversation-Token", tokens.get(conversation.group(1)));
        }
        return exchange(request, Duration.ofSeconds(60));
    }

    /**
     * Liberty reports itself started before the application has started its database and loaded its bots, so
     * the first request of the run waits for the readiness check instead of timing out behind the start-up.
     */
    private static synchronized void awaitReadiness() {
        long deadline = System.nanoTime() + READY_PATIENCE.toNanos();
        while (!ready && System.nanoTime() < deadline) {
            try {
                ready = exchange(HttpRequest.newBuilder(uri("/health/ready")).GET(), Duration.ofSeconds(10)).status() == 200;
            } catch (RuntimeException notListeningYet) {
                // connection refused or timed out while the server starts
            }
            if (!ready) pause();
        }
        if (!ready) throw new AssertionError("the server was not ready within " + READY_PATIENCE);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Reply exchange(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().firstValueAsLong("Retry-After").orElse(-1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
