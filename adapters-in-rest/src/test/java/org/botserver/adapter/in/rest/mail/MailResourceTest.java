package org.botserver.adapter.in.rest.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.botserver.application.bot.UnknownBotException;
import org.botserver.application.conversation.InvalidCommandException;
import org.botserver.application.mail.Mail;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.MailStatus;
import org.botserver.application.mail.OutboxEntry;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.bot.BotId;
import org.junit.jupiter.api.Test;

/** The mail listing shows delivery, not content, and checks its filters. */
class MailResourceTest {

    private static final Instant CREATED = Instant.parse("2026-11-25T09:00:00Z");
    private final List<String> asked = new ArrayList<>();
    private final MailResource resource = new MailResource();
    private final MailId id = MailId.random();

    MailResourceTest() {
        resource.listMail = (bot, status, limit) -> {
            asked.add(bot.value() + " " + status.map(Enum::name).orElse("any") + " " + limit);
            return List.of(new OutboxEntry(id, new Mail(bot, Recipients.parse("ana@example.com"), "Hi", "secret body"),
                    MailStatus.FAILED, 6, CREATED, CREATED.plusSeconds(60), Optional.of("535 Authentication failed"),
                    Optional.empty()));
        };
    }

    @Test
    void a_failed_mail_shows_its_recipients_attempts_and_last_error_but_not_its_body() {
        List<MailJson> mails = resource.list("shop", "failed", null);

        assertEquals(List.of(new MailJson(id.toString(), List.of("ana@example.com"), "Hi", "failed", 6,
                "535 Authentication failed", "2026-11-25T09:00:00Z", null, null)), mails);
        assertEquals(List.of("shop FAILED 50"), asked);
    }

    @Test
    void without_a_status_every_mail_is_listed_up_to_the_limit() {
        resource.list("shop", null, 10);

        assertEquals(List.of("shop any 10"), asked);
    }

    @Test
    void an_unknown_status_a_bad_limit_or_a_bad_bot_id_are_refused() {
        assertThrows(InvalidCommandException.class, () -> resource.list("shop", "lost", null));
        assertThrows(InvalidCommandException.class, () -> resource.list("shop", null, 0));
        assertThrows(InvalidCommandException.class, () -> resource.list("shop", null, 501));
        assertThrows(UnknownBotException.class, () -> resource.list("Not A Bot!", null, null));
        assertEquals(List.of(), asked);
    }
}
