package org.botserver.specs.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scripted model as a local OpenAI-compatible server ({@code POST /v1/chat/completions}, streamed or not), for
 * runs against a BotServer: the server's bot points its {@code llm-url} at {@link #url()}. One per port and JVM, so
 * a fixed port the bot's config.csv names serves every scenario; each scenario installs a fresh script.
 */
public final class ScriptedModelServer {

    /** The system property with the loopback port the server listens on, the one the bots' llm-url names. */
    public static final String PORT_PROPERTY = "botserver.llm.port";

    private static final System.Logger LOG = System.getLogger(ScriptedModelServer.class.getName());
    private static final Map<Integer, ScriptedModelServer> RUNNING = new ConcurrentHashMap<>();

    private final HttpServer http;
    private volatile ModelScript script = new ModelScript();

    private ScriptedModelServer(int port) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        http.createContext("/v1/chat/completions", this::complete);
        http.start();
        LOG.log(Level.INFO, "The scripted LLM listens at {0}", url());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "scripted-llm-stop"));
    }

    /** The server on the port of {@value #PORT_PROPERTY}, started on first use. */
    public static ScriptedModelServer fromSystemProperties() {
        String port = System.getProperty(PORT_PROPERTY, "").strip();
        if (port.isEmpty()) {
            throw new IllegalStateException("Scripting the LLM of a remote server needs -D" + PORT_PROPERTY
                    + "=<port>: the step library then plays the script at http://127.0.0.1:<port>/v1, and the server's"
                    + " bot must have llm-url,http://127.0.0.1:<port>/v1 in its config.csv.");
        }
        try {
            return on(Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("-D" + PORT_PROPERTY + " must be a port number, not '" + port + "'.", e);
        }
    }

    /** The server on this loopback port (0: any free one, a new server each time), started on first use. */
    public static ScriptedModelServer on(int port) {
        try {
            return port == 0 ? new ScriptedModelServer(0) : RUNNING.computeIfAbsent(port, ScriptedModelServer::start);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("The scripted LLM cannot listen on 127.0.0.1:" + port + " (" + e + ").", e);
        }
    }

    /** Replaces the script with a fresh, empty one and returns it: one per scenario. */
    public ModelScript newScript() {
        ModelScript fresh = new ModelScript();
        script = fresh;
        return fresh;
    }

    /** The base address to configure as a bot's llm-url. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/v1");
    }

    /** Stops listening; for servers started on port 0, whose address no bot keeps. */
    public void stop() {
        RUNNING.values().remove(this);
        http.stop(0);
    }

    private static ScriptedModelServer start(int port) {
        try {
            return new ScriptedModelServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                send(exchange, 405, "application/json", error("Only POST is served here."));
                return;
            }
            ChatCompletionsWire.Asked asked;
            try {
                asked = ChatCompletionsWire.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "application/json", error(e.getMessage()));
                return;
            }
            ModelMove move = script.next(asked.request(), asked.results(), asked.afterTool());
            if (asked.streamed()) send(exchange, 200, "text/event-stream", ChatCompletionsWire.streamed(move));
            else send(exchange, 200, "application/json", ChatCompletionsWire.whole(move));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String error(String message) {
        return jakarta.json.Json.createObjectBuilder().add("error", jakarta.json.Json.createObjectBuilder()
                .add("message", message).add("type", "invalid_request_error")).build().toString();
    }
}
