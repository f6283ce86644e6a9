package it.org.botserver.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.org.botserver.ServerClient;
import it.org.botserver.WsClient;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A huge WebSocket message closes its socket with 1009, a deeply nested one gets an error frame; one client address
 * may hold only so many sockets.
 */
class WebSocketLimitsIT {

    /** The server's default {@code ws.max.connections.per.address}. */
    private static final int MAX_PER_ADDRESS = 20;

    private final ServerClient rest = new ServerClient();
    private final List<WebSocket> opened = new ArrayList<>();
    private final Map<InetAddress, HttpClient> clients = new HashMap<>();

    @AfterEach
    void close_what_was_opened_and_the_server_stays_ready() {
        opened.forEach(WebSocket::abort);
        clients.values().forEach(HttpClient::close);
        assertEquals(200, rest.get("/health/ready").status());
    }

    @Test
    void a_message_over_512_kib_closes_the_socket_with_1009_and_stores_nothing() {
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            String id = greeted(ws);
            try {
                // Just over the cap: the whole message fits the loopback socket's buffers, so the client has stopped
                // writing when the server closes and reads the close frame (a far larger one can meet a broken pipe).
                ws.sendMessage("x".repeat(600 * 1024));
            } catch (CompletionException e) {
                // The server may close before the whole message is written; the close code below tells why.
            }

            assertEquals(1009, ws.closeCode());
            assertEquals(2, rest.get("/api/conversations/" + id + "/history").json().getJsonArray("messages").size());
        }
    }

    @Test
    void a_message_just_over_64_kib_arriving_in_parts_gets_an_error_frame_and_the_conversation_goes_on() {
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            greeted(ws);

            ws.sendMessage("x".repeat(100 * 1024));
            JsonObject error = ws.next();
            assertEquals("error", error.getString("type"), error.toString());
            assertTrue(error.getString("message").contains("64 KiB"), error.toString());

            ws.sendMessage("Ana");
            assertEquals("Nice to meet you, Ana!", ws.next().getString("content"));
        }
    }

    @Test
    void a_frame_nested_deeper_than_32_levels_gets_an_error_frame_and_the_conversation_goes_on() {
        try (WsClient ws = WsClient.connect("?bot_id=hello")) {
            greeted(ws);

            ws.send("{\"type\":\"message\",\"content\":\"Ana\",\"extra\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");
            JsonObject error = ws.next();
            assertEquals("error", error.getString("type"), error.toString());
            assertTrue(error.getString("message").contains("32"), error.toString());

            ws.sendMessage("Ana");
            assertEquals("Nice to meet you, Ana!", ws.next().getString("content"));
        }
    }

    @Test
    void one_address_may_hold_twenty_sockets_and_the_next_handshake_is_a_429_problem() {
        String path = continuing(rest.startHello());
        InetAddress address = loopback(21);
        for (int i = 0; i < MAX_PER_ADDRESS; i++) opened.add(open(address, path).orElseThrow());

        HttpResponse<String> refused = refusal(address, path);

        assertEquals(429, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("20 open WebSockets"), refused.body());
        assertTrue(open(loopback(22), path).map(opened::add).orElse(false), "another address is not held back");
    }

    @Test
    void a_closed_socket_gives_its_slot_back() {
        String path = continuing(rest.startHello());
        InetAddress address = loopback(23);
        for (int i = 0; i < MAX_PER_ADDRESS; i++) opened.add(open(address, path).orElseThrow());

        opened.removeFirst().sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

        assertTrue(openWithin(address, path, 10_000).map(opened::add).orElse(false));
    }

    @Test
    void sockets_the_server_refuses_hold_no_slot() {
        InetAddress address = loopback(24);
        for (int i = 0; i < MAX_PER_ADDRESS + 5; i++) {
            open(address, "/ws?session_id=no-such-conversation").ifPresent(opened::add);
        }
        opened.forEach(WebSocket::abort);
        opened.clear();

        String path = continuing(rest.startHello());
        for (int i = 0; i < MAX_PER_ADDRESS; i++) opened.add(openWithin(address, path, 10_000).orElseThrow());
    }

    private String continuing(String conversationId) {
        return "/ws?session_id=" + conversationId + "&token=" + rest.tokenOf(conversationId);
    }

    private String greeted(WsClient ws) {
        ws.next();
        ws.next();
        String id = ws.next().getString("conversation_id");
        rest.remember(id, ws.token());
        return id;
    }

    /** A loopback address of its own per test (Linux routes all of 127/8), so other tests' sockets do not count. */
    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<WebSocket> open(InetAddress from, String path) {
        try {
            return Optional.of(connect(from, path).join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException) return Optional.empty();
            throw e;
        }
    }

    /** Slots are given back when the server has seen the close, a moment after the client sent it. */
    private Optional<WebSocket> openWithin(InetAddress from, String path, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        Optional<WebSocket> socket = open(from, path);
        while (socket.isEmpty() && System.currentTimeMillis() < deadline) {
            sleep();
            socket = open(from, path);
        }
        return socket;
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<String> refusal(InetAddress from, String path) {
        try {
            connect(from, path).join().abort();
            throw new AssertionError("the handshake was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return (HttpResponse<String>) refused.getResponse();
            }
            throw e;
        }
    }

    private CompletableFuture<WebSocket> connect(InetAddress from, String path) {
        ServerClient.awaitReady();
        HttpClient client = clients.computeIfAbsent(from, address -> HttpClient.newBuilder().localAddress(address).build());
        return client.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + ServerClient.port() + path), new WebSocket.Listener() { });
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
