package it.org.botserver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client on the JDK's java.net.http that queues the JSON frames it receives. */
public final class WsClient implements AutoCloseable {

    private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private volatile String token;

    private WsClient(String query) {
        ServerClient.awaitReady();
        URI uri = URI.create("ws://127.0.0.1:" + ServerClient.port() + "/ws" + query);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new Listener()).join();
    }

    /** Connects to {@code /ws} with the given query, e.g. {@code "?bot_id=hello"}. */
    public static WsClient connect(String query) {
        return new WsClient(query);
    }

    /** The conversation token the server sent after a start ({@code "type":"token"}; kept out of {@link #next()}). */
    public String token() {
        return token;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void sendMessage(String content) {
        send("{\"type\":\"message\",\"content\":" + ServerClient.quote(content) + "}");
    }

    /** The next frame, waiting at most ten seconds for it. */
    public JsonObject next() {
        try {
            JsonObject frame = frames.poll(60, TimeUnit.SECONDS);
            if (frame == null) throw new AssertionError("no frame within 60 s");
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The close code the server sent, waiting at most ten seconds. */
    public int closeCode() {
        return closed.orTimeout(60, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (closed.isDone() || socket.isOutputClosed()) return;
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        } catch (java.util.concurrent.CompletionException e) {
            // The server closed at the same moment; the socket is closed either way.
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                    JsonObject frame = reader.readObject();
                    if ("token".equals(frame.getString("type", ""))) token = frame.getString("conversation_token");
                    else frames.add(frame);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
