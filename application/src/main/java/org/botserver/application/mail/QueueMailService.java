package org.botserver.application.mail;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import org.botserver.application.bot.BotCatalog;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;

/** Queues mails; a mail without a subject gets the bot's email-subject, else "Message from" the bot's name. */
public final class QueueMailService implements QueueMail {

    static final String SUBJECT_KEY = "email-subject";
    private static final System.Logger LOG = System.getLogger(QueueMailService.class.getName());

    private final MailOutbox outbox;
    private final BotCatalog bots;
    private final Clock clock;

    public QueueMailService(MailOutbox outbox, BotCatalog bots, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.bots = Objects.requireNonNull(bots, "bots");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MailId queue(QueueMailCommand command) {
        String subject = command.subject().isBlank() ? defaultSubject(command.bot()) : command.subject();
        OutboxEntry entry = outbox.queue(new Mail(command.bot(), command.to(), subject, command.body()), clock.instant());
        LOG.log(Level.INFO, "Mail {0} of bot {1} queued for {2} recipient(s)", entry.id(), command.bot().value(),
                command.to().addresses().size());
        return entry.id();
    }

    private String defaultSubject(BotId id) {
        return bots.find(id).flatMap(bot -> bot.config().text(SUBJECT_KEY))
                .orElseGet(() -> "Message from " + bots.find(id).map(Bot::name).orElse(id.value()));
    }
}
