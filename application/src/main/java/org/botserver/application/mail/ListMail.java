package org.botserver.application.mail;

import java.util.List;
import java.util.Optional;
import org.botserver.domain.bot.BotId;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An operator's view of a bot's outbox: its recent mails with their status, attempts and last error. */
@PrimaryPort
public interface ListMail {

    int MAX_LIMIT = 500;

    /** Newest first, at most {@code limit} (1 to {@value #MAX_LIMIT}), optionally only those with one status. */
    List<OutboxEntry> recent(BotId bot, Optional<MailStatus> status, int limit);
}
