package org.botserver.specs.target;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The WhatsApp Cloud API and the Telegram Bot API played on a local port for runs against a server: the server's
 * channel bots name it as their {@code whatsapp-api-url} and {@code telegram-api-url}. It takes every send with the
 * provider's documented success answer and keeps what was sent, for the checks. One per port and JVM.
 */
final class FakeChannelProvider {

    /** The system property with the loopback port it listens on, the one the bots' api urls name. */
    static final String PORT_PROPERTY = "botserver.channels.port";

    /** A call the server made: the request path and its JSON body. */
    record Call(String path, JsonObject body) {
    }

    private static final Pattern WHATSAPP_SEND = Pattern.compile("/v[0-9.]+/[^/]+/messages");
    private static final Pattern TELEGRAM_CALL = Pattern.compile("/bot[^/]+/(\\w+)");
    private static final Map<Integer, FakeChannelProvider> RUNNING = new ConcurrentHashMap<>();

    private final HttpServer http;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeChannelProvider(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/", this::answer);
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "fake-channel-provider-stop"));
    }

    /** The provider on the port of {@value #PORT_PROPERTY}, started on first use. */
    static FakeChannelProvider fromSystemProperties() {
        String port = System.getProperty(PORT_PROPERTY, "").strip();
        if (port.isEmpty()) {
            throw new TargetRefusal("Reading what a server sent on WhatsApp or Telegram needs -D" + PORT_PROPERTY
                    + "=<port>: the step library then plays both providers at http://127.0.0.1:<port>, and the bot's"
                    + " config.csv must name it as its whatsapp-api-url and telegram-api-url.");
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new TargetRefusal("-D" + PORT_PROPERTY + " must be a port number, not '" + port + "'.");
        }
        try {
            return RUNNING.computeIfAbsent(number, FakeChannelProvider::start);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("The fake channel provider cannot listen on 127.0.0.1:" + number
                    + " (" + e.getCause() + ").", e);
        }
    }

    /** Every send so far, oldest first. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    private static FakeChannelProvider start(int port) {
        try {
            return new FakeChannelProvider(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 404, "{\"error\":{\"message\":\"Only sends are played here.\"}}");
                return;
            }
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                send(exchange, 400, "{\"error\":{\"message\":\"The body is not a JSON object.\"}}");
                return;
            }
            var telegram = TELEGRAM_CALL.matcher(path);
            if (WHATSAPP_SEND.matcher(path).matches()) {
                calls.add(new Call(path, json));
                send(exchange, 200, """
                        {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],"messages":[{"id":"wamid.specs-%d"}]}"""
                        .formatted(json.getString("to", ""), json.getString("to", ""), calls.size()));
            } else if (telegram.matches()) {
                calls.add(new Call(path, json));
                boolean message = telegram.group(1).startsWith("send");
                send(exchange, 200, message ? """
                        {"ok":true,"result":{"message_id":%d,"chat":{"id":1,"type":"private"},"date":1764064800}}"""
                        .formatted(calls.size()) : "{\"ok\":true,\"result\":true}");
            } else {
                send(exchange, 404, "{\"error\":{\"message\":\"No such provider endpoint: " + path + "\"}}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
