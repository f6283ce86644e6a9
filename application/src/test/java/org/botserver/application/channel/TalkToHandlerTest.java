package org.botserver.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.botserver.application.mail.MailId;
import org.botserver.application.mail.QueueMailCommand;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.TextValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.TurnScope;
import org.junit.jupiter.api.Test;

/** TALK TO reaches a recipient on the channel the bot last heard them on. */
class TalkToHandlerTest {

    private final InMemoryChannelStore store = new InMemoryChannelStore();
    private final List<ChannelAddress> recipients = new ArrayList<>();
    private final List<OutboundMessage> messages = new ArrayList<>();
    private final List<QueueMailCommand> mails = new ArrayList<>();
    private final TalkToHandler talkTo = new TalkToHandler(store, (to, sent) -> {
        recipients.add(to);
        messages.addAll(sent);
        return CompletableFuture.completedFuture(null);
    }, command -> {
        mails.add(command);
        return MailId.random();
    });
    private final TurnScope scope = new TurnScope(new BotId("hello"), ConversationId.random(), "web-user");

    private CapabilityResult talkTo(String recipient, String text) {
        List<Value> arguments = List.of(new TextValue(recipient), new TextValue(text));
        return talkTo.perform(new Effect.Capability("TALK TO", arguments), scope);
    }

    @Test
    void a_number_written_with_plus_and_spaces_reaches_the_whatsapp_user_with_that_number() {
        ChannelAddress onWhatsApp = new ChannelAddress(new BotId("hello"), Channel.WHATSAPP, "5511999990000");
        store.link(onWhatsApp, ConversationId.random(), Instant.parse("2026-11-25T10:00:00Z"));

        CapabilityResult result = talkTo("+55 11 99999-0000", "Your order shipped");

        assertInstanceOf(CapabilityResult.Performed.class, result);
        assertEquals(List.of(onWhatsApp), recipients);
        assertEquals(List.of(new OutboundMessage.Text("Your order shipped")), messages);
    }

    @Test
    void a_recipient_never_heard_from_is_a_plain_failure() {
        CapabilityResult result = talkTo("+5511000000000", "Hello");

        assertEquals(new CapabilityResult.Failed("TALK TO: +5511000000000 has not written to this bot on any channel "
                + "yet, so there is no channel to reach them on."), result);
        assertEquals(List.of(), recipients);
    }

    @Test
    void a_recipient_of_another_bot_is_not_reached() {
        store.link(new ChannelAddress(new BotId("other"), Channel.TELEGRAM, "42"), ConversationId.random(),
                Instant.parse("2026-11-25T10:00:00Z"));

        assertInstanceOf(CapabilityResult.Failed.class, talkTo("42", "Hello"));
    }

    @Test
    void an_email_address_is_sent_the_message_as_a_mail_with_the_bots_default_subject() {
        CapabilityResult result = talkTo("ana@example.com", "Your order shipped");

        assertInstanceOf(CapabilityResult.Performed.class, result);
        assertEquals(List.of(new QueueMailCommand(new BotId("hello"), Recipients.parse("ana@example.com"), "",
                "Your order shipped")), mails);
        assertEquals(List.of(), recipients);
    }

    @Test
    void talk_to_without_a_message_says_how_it_is_written() {
        var result = talkTo.perform(new Effect.Capability("TALK TO", List.of(new TextValue("42"))), scope);

        assertInstanceOf(CapabilityResult.Failed.class, result);
    }
}
