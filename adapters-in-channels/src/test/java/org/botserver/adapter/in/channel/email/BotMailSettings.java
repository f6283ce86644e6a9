package org.botserver.adapter.in.channel.email;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.domain.bot.BotId;

/** One bot's email-* settings, changeable while a test runs, as a config.csv edit would change them. */
final class BotMailSettings implements ChannelSettings {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    /** Points the bot at the local server with its account, plain SMTP (the server offers no STARTTLS). */
    static BotMailSettings pointingAt(LocalMailServer server) {
        return new BotMailSettings().set(EmailKeys.SERVER, "127.0.0.1").set(EmailKeys.PORT, String.valueOf(server.port()))
                .set(EmailKeys.USER, LocalMailServer.USER).set(EmailKeys.PASSWORD, LocalMailServer.PASSWORD)
                .set(EmailKeys.FROM, "Corner Shop <shop@example.com>");
    }

    BotMailSettings set(String key, String value) {
        values.put(key, value);
        return this;
    }

    BotMailSettings remove(String key) {
        values.remove(key);
        return this;
    }

    @Override
    public Optional<String> get(BotId bot, String key) {
        return Optional.ofNullable(values.get(key));
    }
}
