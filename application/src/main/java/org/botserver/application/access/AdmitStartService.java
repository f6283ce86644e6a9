package org.botserver.application.access;

import java.util.Objects;
import java.util.Optional;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.bot.ConfigKey;

/**
 * Lets anonymous web clients start conversations only with public bots: {@code public} in the bot's config.csv,
 * else the server's default. Signed-in members may start with any bot. An unknown bot is left to the start
 * itself, which answers it as unknown to everyone alike.
 */
public final class AdmitStartService implements AdmitStart {

    private final BotCatalog bots;
    private final boolean publicByDefault;

    public AdmitStartService(BotCatalog bots, boolean publicByDefault) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.publicByDefault = publicByDefault;
    }

    @Override
    public void admit(Caller caller, String botId) {
        if (caller instanceof Caller.Member) return;
        Optional<BotId> id = botId != null && BotId.isValid(botId) ? Optional.of(new BotId(botId)) : Optional.empty();
        boolean open = id.flatMap(bots::find).map(bot -> bot.config().flag(ConfigKey.PUBLIC).orElse(publicByDefault))
                .orElse(true);
        if (!open) {
            throw new MissingCredentialsException("The bot " + botId + " is not public: sign in to talk to it.");
        }
    }
}
