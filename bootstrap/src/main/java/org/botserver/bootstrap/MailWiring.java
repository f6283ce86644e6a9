package org.botserver.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.botserver.adapter.in.channel.email.SmtpMailSender;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.channel.ChannelSettings;
import org.botserver.application.mail.DeliverMail;
import org.botserver.application.mail.DeliverMailService;
import org.botserver.application.mail.ListMail;
import org.botserver.application.mail.ListMailService;
import org.botserver.application.mail.MailOutbox;
import org.botserver.application.mail.MailSender;
import org.botserver.application.mail.QueueMail;
import org.botserver.application.mail.QueueMailService;
import org.botserver.application.mail.RetrySchedule;
import org.botserver.application.mail.SendMailHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail: SEND MAIL queues in the database's outbox, and rounds started with the application send the due mails
 * through each bot's SMTP server (its email-* settings, config.csv first), retrying after {@code mail.retry.minutes}.
 */
@ApplicationScoped
public class MailWiring {

    @Produces
    @ApplicationScoped
    MailOutbox mailOutbox(Database database) {
        return database.mailOutbox();
    }

    @Produces
    @Singleton
    QueueMail queueMail(MailOutbox outbox, BotCatalog bots, Clock clock) {
        return new QueueMailService(outbox, bots, clock);
    }

    /** Collected by Wiring's capability registry with every other CapabilityHandler. */
    @Produces
    @Singleton
    CapabilityHandler sendMail(QueueMail queue) {
        return new SendMailHandler(queue);
    }

    @Produces
    @Singleton
    MailSender mailSender(ChannelSettings settings,
                          @ConfigProperty(name = "mail.timeout.seconds", defaultValue = "30") int seconds) {
        return new SmtpMailSender(settings, Duration.ofSeconds(Math.max(1, seconds)));
    }

    // The lease outlasts one send: connect, greeting, STARTTLS, login, envelope, data and goodbye, each bounded by
    // the timeout, with room to spare.
    @Produces
    @Singleton
    DeliverMail deliverMail(MailOutbox outbox, MailSender sender, Clock clock,
                            @ConfigProperty(name = "mail.retry.minutes", defaultValue = "1,5,30,120,360") List<Integer> retries,
                            @ConfigProperty(name = "mail.timeout.seconds", defaultValue = "30") int seconds,
                            @ConfigProperty(name = "mail.round.size", defaultValue = "20") int roundSize) {
        return new DeliverMailService(outbox, sender, RetrySchedule.ofMinutes(retries), clock,
                Duration.ofSeconds(Math.max(1, seconds)).multipliedBy(20), Math.max(1, roundSize));
    }

    @Produces
    @ApplicationScoped
    ListMail listMail(MailOutbox outbox) {
        return new ListMailService(outbox);
    }

    @Produces
    @Singleton
    MailRounds mailRounds(DeliverMail deliver, @ConfigProperty(name = "mail.check.seconds", defaultValue = "5") int seconds) {
        return MailRounds.start(deliver, Duration.ofSeconds(Math.max(1, seconds)));
    }

    void stopRounds(@Disposes MailRounds rounds) {
        rounds.close();
    }

    /** Makes the rounds start with the application rather than on first use, which never comes. */
    void startRounds(@Observes @Initialized(ApplicationScoped.class) Object started, MailRounds rounds) {
        // Injecting the rounds is what starts them.
    }
}
