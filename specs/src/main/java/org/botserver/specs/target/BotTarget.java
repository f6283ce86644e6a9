package org.botserver.specs.target;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.botserver.specs.llm.ModelScript;

/**
 * A place where bots run and can be talked to: the application in this JVM, or a running BotServer. Both give the
 * same answers for the same bot, so one feature file runs against either; requests the target turns down throw
 * {@link TargetRefusal}, an unreachable target throws {@link IllegalStateException}.
 */
public interface BotTarget extends AutoCloseable {

    /** The system property holding a running server's base address; when set, specs run against that server. */
    String URL_PROPERTY = "botserver.url";
    /** The system property choosing how to talk to that server: {@code rest} (the default) or {@code websocket}. */
    String TRANSPORT_PROPERTY = "botserver.transport";

    /** Makes the bot in the package folder available under its id (remote: checks the server has loaded it). */
    void deploy(BotPackageFolder bot);

    /**
     * Waits until the bot's knowledge-base collection is indexed (every document done), or refuses when it is not
     * within the timeout.
     */
    default void awaitKnowledge(String botId, String collection, Duration timeout) {
        throw new TargetRefusal(describe() + " has no knowledge bases.");
    }

    /**
     * Every row of the bot's table (up to a thousand), each column's value as text; none when the table does not
     * exist in-process, refused by a server. Refused where tables cannot be read: in memory (they need the embedded
     * PostgreSQL), and on a server without an operator's token (-Dbotserver.admin.token).
     */
    default List<Map<String, String>> tableRows(String botId, String table) {
        throw new TargetRefusal(describe() + " cannot show its bots' tables.");
    }

    /**
     * Replaces one dialog of a deployed bot and reloads it, as editing storage does on a server: conversations
     * waiting in the old dialog finish on it, new ones get the new one. Refused where packages cannot be edited.
     */
    default void changeDialog(String botId, String dialogFile, String source) {
        throw new TargetRefusal("Changing a deployed bot's dialog needs the in-process target; " + describe()
                + " loads its bots from its own storage.");
    }

    /**
     * Hands a channel user's message to the bot as the channel's webhook does (remote: posts it signed as the
     * provider signs it, or not); refused as the webhook refuses it (the channel off for the bot, a bad signature).
     * The bot answers in the background: read its messages with {@link #sentTo}.
     */
    default void deliver(String botId, ChannelMessage message) {
        throw new TargetRefusal("WhatsApp and Telegram users cannot reach the bots of " + describe() + ".");
    }

    /**
     * The messages the bot sent to the channel user so far, oldest first, once there are at least {@code atLeast}
     * of them or the timeout is over (remote: as a fake provider received them).
     */
    default List<ChannelReply> sentTo(String botId, ChannelUser user, int atLeast, Duration timeout) {
        throw new TargetRefusal("WhatsApp and Telegram users cannot reach the bots of " + describe() + ".");
    }

    /** Starts a conversation with the bot and returns what its start dialog said. */
    BotTurn start(String botId);

    /** Sends the user's message to the conversation and returns the bot's answer to it. */
    BotTurn send(String conversationId, String text);

    /** The conversation's stored messages, oldest first. */
    List<HistoryLine> history(String conversationId);

    /**
     * The scripted language model the target's bots talk to, with a fresh script for this target (scenario).
     * In-process it replaces the provider; against a server it is a local OpenAI-compatible server on the port
     * of {@code -Dbotserver.llm.port}, which the server's bots must name as their llm-url.
     */
    ModelScript languageModel();

    /** Where the bots run, in a few words, for reports ("in-process, memory store", "http://localhost:8080"). */
    String describe();

    /** Lets go of what the target holds open (connections); the default holds nothing. */
    @Override
    default void close() {
    }

    /** The target the system properties choose: {@value #URL_PROPERTY} (and {@value #TRANSPORT_PROPERTY}) for a server,
     * otherwise in-process. */
    static BotTarget fromSystemProperties() {
        return BotTargets.choose(System.getProperties());
    }
}
