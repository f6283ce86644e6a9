package org.botserver.specs.target;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.botserver.specs.llm.ModelScript;
import org.botserver.specs.llm.ScriptedModelServer;

/**
 * A running BotServer reached over its REST API v1. It loads its bots from its own bots folder at start-up, so
 * deploying here only checks that the server has the bot.
 */
final class RemoteTarget implements BotTarget {

    /** One client for the whole run: it keeps connections to the server open between scenarios. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The system property holding an operator's bearer token, for what only operators may read (bot tables). */
    static final String ADMIN_TOKEN_PROPERTY = "botserver.admin.token";
    /** FIND's default cap, which a server's table API also keeps to. */
    private static final int TABLE_ROWS = 1000;

    private final URI base;
    /** The conversation token of each conversation started here, sent back on every later call on it. */
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final ChannelWebhooks channels;
    private ModelScript script;

    RemoteTarget(URI base) {
        this.base = base;
        this.channels = new ChannelWebhooks(base);
    }

    @Override
    public void deploy(BotPackageFolder bot) {
        List<String> loaded = RemoteJson.botIds(call(get("api/bots")));
        if (!loaded.contains(bot.botId())) {
            throw new TargetRefusal("The server at " + base + " has no bot \"" + bot.botId() + "\" (it has: "
                    + (loaded.isEmpty() ? "none" : String.join(", ", loaded)) + "). A server loads the packages in its"
                    + " bots folder at start-up: copy " + bot.path().getFileName() + " there and restart it.");
        }
        channels.know(bot);
    }

    /**
     * {@code GET /api/bots/{bot}/tables/{table}} with the operator's token of {@value #ADMIN_TOKEN_PROPERTY}, up to
     * FIND's default cap of rows.
     */
    @Override
    public List<Map<String, String>> tableRows(String botId, String table) {
        String token = System.getProperty(ADMIN_TOKEN_PROPERTY, "").strip();
        if (token.isEmpty()) {
            throw new TargetRefusal("Reading a bot table on a server needs an operator's bearer token (role admin):"
                    + " pass it as -D" + ADMIN_TOKEN_PROPERTY + "=….");
        }
        HttpRequest request = request("api/bots/" + encode(botId) + "/tables/" + encode(table) + "?limit=" + TABLE_ROWS)
                .header("Authorization", "Bearer " + token).GET().build();
        return RemoteJson.tableRows(call(request));
    }

    @Override
    public void deliver(String botId, ChannelMessage message) {
        channels.deliver(botId, message);
    }

    @Override
    public List<ChannelReply> sentTo(String botId, ChannelUser user, int atLeast, Duration timeout) {
        return channels.sentTo(user, atLeast, timeout);
    }

    /** Polls {@code GET /api/kb/{bot}/status} until the collection reports every document done. */
    @Override
    public void awaitKnowledge(String botId, String collection, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = call(get("api/kb/" + encode(botId) + "/status"));
            if (RemoteJson.knowledgeIndexed(status, collection)) return;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the knowledge base " + collection, e);
            }
        }
        throw new TargetRefusal("The knowledge base \"" + collection + "\" of \"" + botId + "\" was not indexed within "
                + timeout.toSeconds() + " s; the server reports: " + status);
    }

    @Override
    public BotTurn start(String botId) {
        String body = Json.createObjectBuilder().add("bot_id", botId).build().toString();
        String started = call(post("api/conversations/start", body));
        BotTurn turn = RemoteJson.startTurn(started);
        remember(turn.conversationId(), RemoteJson.conversationToken(started));
        return turn;
    }

    /** Remembers the token of a conversation started over another channel (the WebSocket). */
    void remember(String conversationId, String token) {
        if (token != null) tokens.put(conversationId, token);
    }

    String tokenOf(String conversationId) {
        return tokens.getOrDefault(conversationId, "");
    }

    @Override
    public BotTurn send(String conversationId, String text) {
        String body = Json.createObjectBuilder().add("content", text).build().toString();
        return RemoteJson.messageTurn(conversationId,
                call(withToken(conversationId, post("api/conversations/" + encode(conversationId) + "/messages", body))));
    }

    @Override
    public List<HistoryLine> history(String conversationId) {
        return RemoteJson.history(call(withToken(conversationId,
                get("api/conversations/" + encode(conversationId) + "/history?limit=200"))));
    }

    /** The shared scripted server gets a fresh script, started on the first LLM step of the scenario. */
    @Override
    public synchronized ModelScript languageModel() {
        if (script == null) script = ScriptedModelServer.fromSystemProperties().newScript();
        return script;
    }

    @Override
    public String describe() {
        return base.toString();
    }

    /** Leaves the shared scripted server with an empty script, so no scripted move outlives its scenario. */
    @Override
    public synchronized void close() {
        if (script != null) ScriptedModelServer.fromSystemProperties().newScript();
        script = null;
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest withToken(String conversationId, HttpRequest request) {
        String token = tokens.get(conversationId);
        return token == null ? request : HttpRequest.newBuilder(request, (name, value) -> true)
                .header("X-Conversation-Token", token).build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
    }

    private String call(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the BotServer at " + base + " (" + e + "). Is it running? "
                    + "-D" + URL_PROPERTY + " must be its address.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the BotServer at " + base, e);
        }
        if (response.statusCode() / 100 == 2) return response.body();
        throw new TargetRefusal(RemoteJson.problem(request.method() + " " + request.uri().getPath(),
                response.statusCode(), response.body()));
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
