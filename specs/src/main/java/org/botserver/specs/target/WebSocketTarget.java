package org.botserver.specs.target;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.botserver.specs.llm.ModelScript;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running BotServer talked to over its WebSocket {@code /ws}: one connection per conversation, opened with
 * {@code ?bot_id=} to start it. Deploy checks and the history go over REST, which the WebSocket does not offer.
 */
final class WebSocketTarget implements BotTarget {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final RemoteTarget rest;
    private final Map<String, WebSocketChannel> channels = new ConcurrentHashMap<>();

    WebSocketTarget(URI base) {
        this.base = base;
        this.rest = new RemoteTarget(base);
    }

    @Override
    public void deploy(BotPackageFolder bot) {
        rest.deploy(bot);
    }

    @Override
    public void awaitKnowledge(String botId, String collection, Duration timeout) {
        rest.awaitKnowledge(botId, collection, timeout);
    }

    @Override
    public List<Map<String, String>> tableRows(String botId, String table) {
        return rest.tableRows(botId, table);
    }

    @Override
    public void deliver(String botId, ChannelMessage message) {
        rest.deliver(botId, message);
    }

    @Override
    public List<ChannelReply> sentTo(String botId, ChannelUser user, int atLeast, Duration timeout) {
        return rest.sentTo(botId, user, atLeast, timeout);
    }

    @Override
    public BotTurn start(String botId) {
        WebSocketChannel channel = WebSocketChannel.open(HTTP, address("bot_id", botId));
        try {
            BotTurn turn = channel.nextTurn();
            channels.put(turn.conversationId(), channel);
            rest.remember(turn.conversationId(), channel.token());
            return turn;
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public BotTurn send(String conversationId, String text) {
        WebSocketChannel channel = channels.computeIfAbsent(conversationId, this::reconnect);
        channel.say(text);
        return channel.nextTurn();
    }

    @Override
    public List<HistoryLine> history(String conversationId) {
        return rest.history(conversationId);
    }

    @Override
    public ModelScript languageModel() {
        return rest.languageModel();
    }

    @Override
    public String describe() {
        return address("", "").toString();
    }

    @Override
    public void close() {
        channels.values().forEach(WebSocketChannel::close);
        channels.clear();
        rest.close();
    }

    /** A conversation started elsewhere (over REST) is continued with ?session_id=; its status frame comes first. */
    private WebSocketChannel reconnect(String conversationId) {
        WebSocketChannel channel = WebSocketChannel.open(HTTP, URI.create(address("session_id", conversationId) + "&token="
                + URLEncoder.encode(rest.tokenOf(conversationId), StandardCharsets.UTF_8)));
        channel.nextTurn();
        return channel;
    }

    private URI address(String parameter, String value) {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        String query = parameter.isEmpty() ? "" : "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return URI.create(scheme + "://" + base.getRawAuthority() + base.getRawPath() + "ws" + query);
    }
}
