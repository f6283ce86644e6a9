package org.botserver.application.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.botserver.domain.bot.BotId;

/** Reads the bot's recent mails from the outbox. */
public final class ListMailService implements ListMail {

    private final MailOutbox outbox;

    public ListMailService(MailOutbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public List<OutboxEntry> recent(BotId bot, Optional<MailStatus> status, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ", not " + limit + ".");
        return outbox.recent(bot, status, limit);
    }
}
