package org.botserver.specs.target;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.botserver.application.bot.BotCatalog;
import org.botserver.application.channel.ChannelSender;
import org.botserver.application.channel.ReceiveChannelMessage;
import org.botserver.application.channel.ReceiveChannelMessageService;
import org.botserver.application.conversation.ReadConversationService;
import org.botserver.domain.bot.Bot;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.channel.Channel;
import org.botserver.domain.channel.ChannelAddress;
import org.botserver.domain.channel.ChannelUpdate;
import org.botserver.domain.channel.InboundMessage;
import org.botserver.domain.channel.OutboundMessage;

/**
 * The channel use case in this JVM: a channel user's message goes to {@link ReceiveChannelMessage} as the webhooks
 * hand it over, and what the bot sends is recorded per user instead of reaching a provider. A channel is on for a
 * bot whose config.csv has the channel's webhook secret, as on a server; the signatures themselves are the
 * webhooks' concern, which only a server has.
 */
final class InProcessChannels implements ChannelSender {

    private final Map<ChannelAddress, List<ChannelReply>> sent = new ConcurrentHashMap<>();
    private final ReceiveChannelMessage receive;
    private final BotCatalog bots;

    InProcessChannels(InProcessStores stores, InProcessWiring wiring, BotCatalog bots, Clock clock) {
        this.bots = bots;
        // Run on the caller's thread: the turn and its sends are over when deliver returns, so no check waits.
        this.receive = new ReceiveChannelMessageService(stores.channels(), wiring.startConversation(),
                wiring.sendMessage(), new ReadConversationService(stores.conversations()), this, Runnable::run, clock);
    }

    void deliver(String botId, ChannelMessage message) {
        if (!message.rightlySigned()) {
            throw new TargetRefusal("Webhook signatures are checked by a server's webhooks, which the in-process target"
                    + " does not have: run this against a server (-D" + BotTarget.URL_PROPERTY + "=…).");
        }
        Bot bot = (BotId.isValid(botId) ? bots.find(new BotId(botId)) : Optional.<Bot>empty())
                .orElseThrow(() -> new TargetRefusal("There is no bot '" + botId + "'."));
        Channel channel = message.from().channel();
        String secret = channel == Channel.WHATSAPP ? "whatsapp-app-secret" : "telegram-webhook-secret";
        if (bot.config().text(secret).filter(value -> !value.isBlank()).isEmpty()) {
            throw new TargetRefusal(name(channel) + " is not enabled for the bot " + botId + ": its config.csv has no "
                    + secret + ".");
        }
        InboundMessage inbound = message.press()
                .<InboundMessage>map(choice -> new InboundMessage.ChoiceReply(choice.value(), choice.label()))
                .orElseGet(() -> new InboundMessage.Text(message.text()));
        receive.receive(new ChannelUpdate(address(botId, message.from()), message.deliveryId(), inbound));
    }

    /** Everything sent to the user so far; nothing is ever on its way, since delivering runs the turn at once. */
    List<ChannelReply> sentTo(String botId, ChannelUser user) {
        return List.copyOf(sent.getOrDefault(address(botId, user), List.of()));
    }

    @Override
    public CompletionStage<Void> send(ChannelAddress to, List<OutboundMessage> messages) {
        List<ChannelReply> replies = messages.stream().map(InProcessChannels::reply).toList();
        sent.computeIfAbsent(to, key -> new ArrayList<>()).addAll(replies);
        return CompletableFuture.completedFuture(null);
    }

    private static ChannelReply reply(OutboundMessage message) {
        return switch (message) {
            case OutboundMessage.Text text -> new ChannelReply(text.text(), List.of());
            case OutboundMessage.Choices choices -> new ChannelReply(choices.text(), choices.options().stream()
                    .map(option -> new SuggestedReply(option.value(), option.label())).toList());
            case OutboundMessage.Media media -> new ChannelReply(media.caption().isEmpty() ? media.url() : media.caption(),
                    List.of());
        };
    }

    private static ChannelAddress address(String botId, ChannelUser user) {
        return new ChannelAddress(new BotId(botId), user.channel(), user.id());
    }

    static String name(Channel channel) {
        return channel == Channel.WHATSAPP ? "WhatsApp" : "Telegram";
    }
}
