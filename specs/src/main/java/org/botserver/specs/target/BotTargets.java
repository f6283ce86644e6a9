package org.botserver.specs.target;

import java.net.URI;
import java.util.Locale;
import java.util.Properties;

/** Chooses the target from system properties: a server's address, or else the in-process store to use. */
final class BotTargets {

    private BotTargets() {
    }

    static BotTarget choose(Properties properties) {
        String url = properties.getProperty(BotTarget.URL_PROPERTY, "").strip();
        if (!url.isEmpty()) return remote(serverAddress(url), properties.getProperty(BotTarget.TRANSPORT_PROPERTY, "rest"));
        String store = properties.getProperty(ConversationStores.STORE_PROPERTY, "memory");
        String dataDir = properties.getProperty(ConversationStores.DATA_DIR_PROPERTY, ConversationStores.DEFAULT_DATA_DIR);
        return new InProcessTarget(ConversationStores.named(store, dataDir));
    }

    private static BotTarget remote(URI server, String transport) {
        return switch (transport.strip().toLowerCase(Locale.ROOT)) {
            case "rest" -> new RemoteTarget(server);
            case "websocket" -> new WebSocketTarget(server);
            default -> throw new IllegalArgumentException("-D" + BotTarget.TRANSPORT_PROPERTY + " is rest or websocket, not '"
                    + transport + "'.");
        };
    }

    private static URI serverAddress(String url) {
        try {
            URI uri = URI.create(url.endsWith("/") ? url : url + "/");
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) return uri;
        } catch (IllegalArgumentException e) {
            // reported below, with the expected form
        }
        throw new IllegalArgumentException("-D" + BotTarget.URL_PROPERTY + " must be a server's base address such as "
                + "http://localhost:8080, not '" + url + "'.");
    }
}
