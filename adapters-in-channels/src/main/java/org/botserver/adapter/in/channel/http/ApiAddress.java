package org.botserver.adapter.in.channel.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.domain.bot.BotId;

/**
 * Where a provider's API is for a bot: the bot's own base URL when its config.csv names one (a proxy, a
 * regional endpoint, a fake provider in a test), else the server-wide one; endpoint paths are appended, so a
 * base with a path prefix keeps it.
 */
public final class ApiAddress {

    private final URI serverWide;
    private final String key;
    private final ChannelSettings settings;

    /** {@code key} is the config.csv key of the bot's override, e.g. "whatsapp-api-url". */
    public ApiAddress(URI serverWide, String key, ChannelSettings settings) {
        this.serverWide = Objects.requireNonNull(serverWide, "serverWide");
        this.key = Objects.requireNonNull(key, "key");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The endpoint {@code path} ("/v23.0/123/messages") for the bot; throws ProviderCallFailed for a bad override. */
    public URI endpoint(BotId bot, String path) {
        URI base = settings.get(bot, key).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> parse(bot, value)).orElse(serverWide);
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    private URI parse(BotId bot, String value) {
        Optional<URI> uri;
        try {
            uri = Optional.of(new URI(value)).filter(u -> u.getHost() != null && u.getQuery() == null
                    && u.getFragment() == null && isHttp(u.getScheme()));
        } catch (java.net.URISyntaxException e) {
            uri = Optional.empty();
        }
        return uri.orElseThrow(() -> new ProviderCallFailed("The " + key + " of the bot " + bot
                + " is not an http(s) URL: " + value));
    }

    private static boolean isHttp(String scheme) {
        return scheme != null && switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http", "https" -> true;
            default -> false;
        };
    }
}
