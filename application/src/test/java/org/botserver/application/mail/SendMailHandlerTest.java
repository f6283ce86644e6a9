package org.botserver.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.BoolValue;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** SEND MAIL checks its addresses and queues the mail; the dialog never waits for the mail server. */
class SendMailHandlerTest {

    private final MailFixture fixture = new MailFixture();
    private final SendMailHandler sendMail = new SendMailHandler(fixture.queue(
            MailFixture.bot("shop", Map.of("bot-name", "Corner Shop"))));
    private final TurnScope scope = new TurnScope(new BotId("shop"), ConversationId.random(), "web-user");

    private CapabilityResult sendMail(String... arguments) {
        List<Value> values = Arrays.stream(arguments).<Value>map(TextValue::new).toList();
        return sendMail.perform(new Effect.Capability("SEND MAIL", values), scope);
    }

    @Test
    void a_mail_is_queued_due_at_once_and_the_dialog_goes_on_with_true() {
        CapabilityResult result = sendMail("ana@example.com", "Your order", "It shipped.");

        assertEquals(new CapabilityResult.Performed(BoolValue.TRUE), result);
        OutboxEntry queued = fixture.outbox.all().getFirst();
        assertEquals(new Mail(new BotId("shop"), Recipients.parse("ana@example.com"), "Your order", "It shipped."), queued.mail());
        assertEquals(MailStatus.QUEUED, queued.status());
        assertEquals(0, queued.attempts());
        assertEquals(MailFixture.START, queued.nextAttemptAt());
    }

    @Test
    void a_comma_separated_list_reaches_every_address_in_one_mail() {
        sendMail("ana@example.com, bob@example.org;carla@example.net", "Team", "Meeting at 3.");

        assertEquals(List.of("ana@example.com", "bob@example.org", "carla@example.net"),
                fixture.outbox.all().getFirst().mail().to().addresses());
    }

    @Test
    void a_bad_address_is_a_plain_error_and_nothing_is_queued() {
        CapabilityResult result = sendMail("ana@example.com, bob@", "Hi", "Text");

        assertEquals(new CapabilityResult.Failed("SEND MAIL: 'bob@' is not an e-mail address."), result);
        assertEquals(List.of(), fixture.outbox.all());
    }

    @Test
    void no_recipient_or_missing_arguments_say_how_it_is_written() {
        assertEquals(new CapabilityResult.Failed("SEND MAIL needs at least one recipient address."), sendMail(" ", "Hi", "Text"));
        assertEquals(new CapabilityResult.Failed("SEND MAIL needs a recipient, a subject and a body: "
                + "SEND MAIL \"ana@example.com\", \"Subject\", \"Text\"."), sendMail("ana@example.com", "Hi"));
        assertEquals(List.of(), fixture.outbox.all());
    }

    @Test
    void a_mail_without_a_subject_is_sent_as_a_message_from_the_bot() {
        sendMail("ana@example.com", "", "Text");

        assertEquals("Message from Corner Shop", fixture.outbox.all().getFirst().mail().subject());
    }

    @Test
    void line_breaks_in_a_subject_cannot_start_new_headers() {
        sendMail("ana@example.com", "Hi\r\nBcc: everyone@example.com", "Text");

        assertEquals("Hi Bcc: everyone@example.com", fixture.outbox.all().getFirst().mail().subject());
    }

    @Test
    void too_many_recipients_are_refused() {
        String many = String.join(",", IntStream.range(0, Recipients.MAX + 1)
                .mapToObj(i -> "user" + i + "@example.com").toList());

        assertEquals(new CapabilityResult.Failed("SEND MAIL: a mail goes to at most 50 recipients, not 51."),
                sendMail(many, "Hi", "Text"));
    }
}
