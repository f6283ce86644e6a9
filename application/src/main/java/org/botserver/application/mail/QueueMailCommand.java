package org.botserver.application.mail;

import java.util.Objects;
import org.botserver.domain.bot.BotId;

/** A mail a bot's dialog wants sent; a blank subject gets the bot's default subject. */
public record QueueMailCommand(BotId bot, Recipients to, String subject, String body) {

    public QueueMailCommand {
        Objects.requireNonNull(bot, "bot");
        Objects.requireNonNull(to, "to");
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(body, "body");
    }
}
