package org.botserver.application.channel;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.botserver.application.capability.CapabilityHandler;
import org.botserver.application.mail.QueueMail;
import org.botserver.application.mail.QueueMailCommand;
import org.botserver.application.mail.Recipients;
import org.botserver.domain.basic.runtime.Effect;
import org.botserver.domain.basic.value.NullValue;
import org.botserver.domain.basic.value.Value;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.OutboundMessage;
import org.botserver.domain.conversation.CapabilityResult;
import org.botserver.domain.conversation.TurnScope;

/**
 * {@code TALK TO "+5511…", "text"}: sends the text proactively on the channel where the bot last heard from
 * that recipient; an e-mail address is sent the text as a mail. The dialog goes on at once; the delivery (with
 * its retries) happens in the background.
 */
public final class TalkToHandler implements CapabilityHandler {

    private static final System.Logger LOG = System.getLogger(TalkToHandler.class.getName());

    private final ChannelStore store;
    private final ChannelSender sender;
    private final QueueMail mail;

    public TalkToHandler(ChannelStore store, ChannelSender sender, QueueMail mail) {
        this.store = Objects.requireNonNull(store, "store");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.mail = Objects.requireNonNull(mail, "mail");
    }

    @Override
    public Set<String> keywords() {
        return Set.of("TALK TO");
    }

    @Override
    public CapabilityResult perform(Effect.Capability capability, TurnScope scope) {
        List<Value> arguments = capability.arguments();
        if (arguments.size() != 2 || arguments.get(1).asText().isEmpty()) {
            return new CapabilityResult.Failed("TALK TO needs a recipient and a message: TALK TO \"+5511...\", \"text\".");
        }
        String recipient = arguments.get(0).asText().strip();
        if (Recipients.isAddress(recipient)) return mail(scope, recipient, arguments.get(1).asText());
        return store.findRecipient(scope.botId(), recipientId(recipient))
                .<CapabilityResult>map(address -> deliver(address, arguments.get(1).asText()))
                .orElseGet(() -> new CapabilityResult.Failed("TALK TO: " + recipient
                        + " has not written to this bot on any channel yet, so there is no channel to reach them on."));
    }

    /** The subject is left to the outbox's default (the bot's email-subject, or "Message from" its name). */
    private CapabilityResult mail(TurnScope scope, String address, String text) {
        try {
            mail.queue(new QueueMailCommand(scope.botId(), Recipients.parse(address), "", text));
            return new CapabilityResult.Performed(NullValue.NULL);
        } catch (IllegalArgumentException e) {
            return new CapabilityResult.Failed("TALK TO " + address + ": " + e.getMessage());
        }
    }

    /** A phone number as channels know it: digits only, no "+", spaces or dashes; other ids unchanged. */
    static String recipientId(String recipient) {
        String compact = recipient.replaceAll("[\\s().\\-]", "");
        return compact.matches("\\+?\\d+") ? compact.replace("+", "") : recipient;
    }

    private CapabilityResult deliver(ChannelAddress address, String text) {
        sender.send(address, List.of(new OutboundMessage.Text(text))).whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "TALK TO " + address.conversationUserId() + " from bot " + address.botId()
                        + " was not delivered: " + failure.getMessage());
            }
        });
        return new CapabilityResult.Performed(NullValue.NULL);
    }
}
