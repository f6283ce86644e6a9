package org.botserver.specs.steps;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.botserver.domain.channel.Channel;
import org.botserver.specs.target.ChannelMessage;
import org.botserver.specs.target.ChannelReply;
import org.botserver.specs.target.ChannelUser;
import org.botserver.specs.target.SuggestedReply;
import org.botserver.specs.target.TargetRefusal;

/**
 * A scenario's WhatsApp and Telegram users talking to the last deployed bot: what each sent last (to deliver it
 * again), how many of the bot's messages to each the scenario has checked, and the last one checked. Each
 * scenario's users are new to the bot: their ids get a number of this scenario appended, so a database kept
 * between scenarios or runs never continues an earlier conversation.
 */
final class ChannelChat {

    /** A server answers a webhook at once and the dialog afterwards; its messages reach the fake provider soon after. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Conversation conversation;
    private final String scenario = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private final Map<ChannelUser, ChannelMessage> lastSent = new HashMap<>();
    private final Map<ChannelUser, Integer> checked = new HashMap<>();
    private final Map<ChannelUser, String> written = new HashMap<>();
    private final Map<ChannelUser, Integer> transcribed = new HashMap<>();
    private ChannelReply lastChecked;

    ChannelChat(Conversation conversation) {
        this.conversation = conversation;
    }

    void says(Channel channel, String user, String text, boolean rightlySigned) {
        ChannelUser from = user(channel, user);
        conversation.transcript().user(named(from) + (rightlySigned ? "" : " (badly signed)") + ": " + text);
        deliver(from, ChannelMessage.typed(from, newDeliveryId(), text, rightlySigned));
    }

    /** Presses the choice with this label on the last message with choices the bot sent to the user. */
    void presses(Channel channel, String user, String label) {
        ChannelUser from = user(channel, user);
        List<SuggestedReply> offered = sent(from, 0).stream().filter(reply -> !reply.choices().isEmpty())
                .reduce((first, second) -> second).map(ChannelReply::choices).orElse(List.of());
        SuggestedReply choice = offered.stream().filter(option -> option.label().equals(label)).findFirst()
                .orElseThrow(() -> conversation.transcript().failure(named(from) + " cannot press \"" + label
                        + "\": the bot offered " + (offered.isEmpty() ? "no choices." : "\n" + Transcript.quoted(
                        offered.stream().map(SuggestedReply::label).toList()))));
        conversation.transcript().user(named(from) + " presses \"" + label + "\"");
        deliver(from, ChannelMessage.pressed(from, newDeliveryId(), choice));
    }

    /** The provider delivers the user's last message once more, under the same delivery id. */
    void deliveredAgain(Channel channel, String user) {
        ChannelUser from = user(channel, user);
        ChannelMessage last = lastSent.get(from);
        if (last == null) throw conversation.transcript().failure(named(from) + " has sent nothing to deliver again.");
        conversation.transcript().note("the provider delivers the last message of " + named(from) + " again");
        deliver(from, last);
    }

    /** The bot's next messages to the user, after those checked before, are these texts in this order. */
    void expectSent(Channel channel, String user, List<String> texts) {
        ChannelUser to = user(channel, user);
        int from = checked.getOrDefault(to, 0);
        List<ChannelReply> all = sent(to, from + texts.size());
        List<ChannelReply> next = all.subList(Math.min(from, all.size()), Math.min(from + texts.size(), all.size()));
        List<String> actual = next.stream().map(ChannelReply::text).toList();
        if (!actual.equals(texts)) {
            throw conversation.transcript().failure("Expected the bot to send " + named(to) + "\n"
                    + Transcript.quoted(texts) + "\nbut " + (actual.isEmpty() ? "it sent nothing more" : "it sent\n"
                    + Transcript.quoted(actual)) + (from == 0 ? "" : "\n(after the " + from + " checked before)"));
        }
        checked.put(to, from + texts.size());
        if (!next.isEmpty()) lastChecked = next.getLast();
    }

    /** The last message checked offered exactly these choices, in this order. */
    void expectButtons(List<String> labels) {
        if (lastChecked == null) {
            throw conversation.transcript().failure("No message to a channel user was checked yet: begin with"
                    + " Then the bot sends to the WhatsApp user \"…\":");
        }
        List<String> offered = lastChecked.choices().stream().map(SuggestedReply::label).toList();
        if (!offered.equals(labels)) {
            throw conversation.transcript().failure("Expected \"" + lastChecked.text() + "\" to offer the buttons\n"
                    + Transcript.quoted(labels) + "\nbut it offered\n" + Transcript.quoted(offered));
        }
    }

    private void deliver(ChannelUser from, ChannelMessage message) {
        lastSent.put(from, message);
        try {
            conversation.target().deliver(conversation.deployedBot(), message);
            conversation.lastRequest(null);
        } catch (TargetRefusal e) {
            conversation.lastRequest(e);
        }
    }

    private List<ChannelReply> sent(ChannelUser to, int atLeast) {
        try {
            List<ChannelReply> sent = conversation.target().sentTo(conversation.deployedBot(), to, atLeast, PATIENCE);
            for (ChannelReply reply : sent.subList(Math.min(transcribed.getOrDefault(to, 0), sent.size()), sent.size())) {
                String buttons = reply.choices().isEmpty() ? "" : "   [" + String.join(" | ",
                        reply.choices().stream().map(SuggestedReply::label).toList()) + "]";
                conversation.transcript().bot("to " + named(to) + ": " + reply.text() + buttons);
            }
            transcribed.put(to, sent.size());
            return sent;
        } catch (TargetRefusal e) {
            throw conversation.transcript().failure(e.getMessage());
        }
    }

    private ChannelUser user(Channel channel, String name) {
        String digits = name.replaceAll("[\\s+()-]", "");
        if (!digits.matches("[0-9]{1,20}")) {
            throw conversation.transcript().failure("A " + channel.key() + " user is a number such as \"+15550001\" (a"
                    + " WhatsApp phone number, a Telegram chat id), not \"" + name + "\".");
        }
        ChannelUser user = new ChannelUser(channel, digits + scenario);
        if (written.putIfAbsent(user, name) == null) {
            conversation.transcript().note(named(user) + " has the " + channel.key() + " id " + user.id() + " in this scenario");
        }
        return user;
    }

    /** The user as the scenario calls them (the transcript notes their channel id the first time). */
    private String named(ChannelUser user) {
        return (user.channel() == Channel.WHATSAPP ? "the WhatsApp user " : "the Telegram user ")
                + written.getOrDefault(user, user.id());
    }

    private static String newDeliveryId() {
        // Numeric, as Telegram's update_id is; unique across runs, as a server keeps the deliveries it took.
        return String.valueOf(ThreadLocalRandom.current().nextLong(1, 1L << 52));
    }
}
