package org.botserver.specs.target;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One conversation's WebSocket connection: the frames the server sends are queued as they come, and a turn is
 * read from the queue up to its closing status frame (or an error frame, a refusal).
 */
final class WebSocketChannel implements WebSocket.Listener, AutoCloseable {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(30);

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile String token;

    private WebSocketChannel(HttpClient http, URI address) {
        try {
            this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(address, this).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Cannot open a WebSocket to " + address + " (" + e.getCause() + ").", e);
        }
    }

    static WebSocketChannel open(HttpClient http, URI address) {
        return new WebSocketChannel(http, address);
    }

    /** The conversation token of a conversation this connection started, once its token frame came. */
    String token() {
        return token;
    }

    /** Sends the user's message; the answer is read with {@link #nextTurn}. */
    void say(String text) {
        socket.sendText(Json.createObjectBuilder().add("type", "message").add("content", text).build().toString(), true)
                .join();
    }

    /** The frames of one turn: the bot's messages, the suggestions, and the closing status. */
    BotTurn nextTurn() {
        List<String> replies = new ArrayList<>();
        List<SuggestedReply> suggestions = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        while (true) {
            JsonObject frame = nextFrame();
            switch (frame.getString("type", "")) {
                case "message" -> {
                    replies.add(frame.getString("content"));
                    // The turn's last message carries the knowledge-base sources its answer was grounded in.
                    if (frame.get("sources") instanceof JsonArray cited) {
                        cited.getValuesAs(JsonString.class).forEach(source -> sources.add(source.getString()));
                    }
                }
                // The language model's text as it is written; the message frame after it holds the whole reply.
                case "chunk" -> { }
                case "suggestions" -> frame.getJsonArray("suggestions").stream().map(JsonValue::asJsonObject)
                        .forEach(s -> suggestions.add(new SuggestedReply(s.getString("value"), s.getString("label"))));
                case "token" -> token = frame.getString("conversation_token");
                case "error" -> throw new TargetRefusal(frame.getString("message") + " (WebSocket error frame)");
                case "status" -> {
                    return new BotTurn(frame.getString("conversation_id"), TurnStatus.fromApi(frame.getString("status")),
                            replies, suggestions, sources);
                }
                default -> throw new IllegalStateException("The server sent a WebSocket frame of no known type: " + frame);
            }
        }
    }

    private JsonObject nextFrame() {
        try {
            JsonObject frame = frames.poll(TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new IllegalStateException("The server sent nothing on the WebSocket for " + TURN_TIMEOUT.toSeconds()
                        + " s, in the middle of a turn.");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the bot's answer on the WebSocket", e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                frames.add(reader.readObject());
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(failure -> null);
    }
}
