package org.botserver.adapter.out.persistence.postgres;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.botserver.domain.bot.BotId;
import org.botserver.domain.conversation.Conversation;
import org.botserver.domain.conversation.ConversationId;
import org.botserver.domain.conversation.Message;

/**
 * A server stand-in for the crash test, run in its own JVM: starts the embedded database on the data
 * directory given, saves one conversation, says READY and waits to be killed.
 */
final class PersistenceInAnotherProcess {

    static final String READY = "READY";

    private PersistenceInAnotherProcess() {}

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        ConversationId id = ConversationId.parse(args[1]).orElseThrow();
        PostgresPersistence persistence = PostgresPersistence.start(PersistenceSettings.embedded(dataDir, 1));
        Conversation conversation = Conversation.start(id, new BotId("hello"), "crash-victim", Instant.now());
        persistence.conversations().saveTurn(conversation, List.of(Message.fromBot(id, "saved before the crash", Instant.now())));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
