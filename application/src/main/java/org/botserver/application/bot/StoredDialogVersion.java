package org.botserver.application.bot;

import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** Names one dialog version kept in the {@link DialogVersionStore}. */
public record StoredDialogVersion(BotId bot, String dialog, String version) {

    public StoredDialogVersion {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(dialog, "dialog");
        Objects.requireNonNull(version, "version");
    }
}
